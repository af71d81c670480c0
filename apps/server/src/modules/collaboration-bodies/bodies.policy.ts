import { forbidden } from '../../http/problem.ts';
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
