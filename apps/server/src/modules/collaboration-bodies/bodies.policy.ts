import type { CollaborationBody } from '@vardflata/contracts';
import { conflict, forbidden, notFound } from '../../http/problem.ts';
import type { GovernanceActor } from './steering-group.ts';

/** A body's members with an account run its meetings; the steering group and administrators
 * may run any body and add members. Everyone signed in reads bodies, agendas and minutes. */
export function mayManageBody(actor: GovernanceActor, memberStaffIds: string[]): boolean {
  return (
    actor.steering ||
    actor.caller.role === 'administrator' ||
    memberStaffIds.includes(actor.caller.staffId)
  );
}

export function requireMayManageBody(actor: GovernanceActor, memberStaffIds: string[]): void {
  if (!mayManageBody(actor, memberStaffIds)) throw forbidden();
}

/** The body's meeting, still open for its agenda and minutes: once held, they are kept. */
export function meetingOf(body: CollaborationBody, meetingId: string) {
  const meeting = body.meetings.find((m) => m.id === meetingId);
  if (!meeting) throw notFound();
  if (meeting.status === 'held')
    throw conflict('The meeting is held; its agenda and minutes are kept.');
  return meeting;
}
