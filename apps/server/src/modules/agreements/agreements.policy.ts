import { forbidden } from '../../http/problem.ts';
import type { GovernanceActor } from '../collaboration-bodies/steering-group.ts';

/**
 * Who may manage an agreement and its follow-up (F12, F14): the unit managers of a party and
 * the members of the county steering group. Analysts of a party read the follow-up.
 * Everyone signed in reads the agreements themselves: they are the county's common rules.
 */
export function mayManage(actor: GovernanceActor, partyIds: string[]): boolean {
  if (actor.steering) return true;
  return (
    actor.caller.role === 'unit-manager' &&
    actor.caller.organisationId !== null &&
    partyIds.includes(actor.caller.organisationId)
  );
}

export function mayReadFollowUp(actor: GovernanceActor, partyIds: string[]): boolean {
  if (mayManage(actor, partyIds)) return true;
  return (
    actor.caller.role === 'analyst' &&
    actor.caller.organisationId !== null &&
    partyIds.includes(actor.caller.organisationId)
  );
}

export function requireMayManage(actor: GovernanceActor, partyIds: string[]): void {
  if (!mayManage(actor, partyIds))
    throw forbidden('Unit managers of a party and steering-group members manage the agreement.');
}

export function requireMayReadFollowUp(actor: GovernanceActor, partyIds: string[]): void {
  if (!mayReadFollowUp(actor, partyIds)) throw forbidden();
}

/** Days before the review date the parties are reminded. */
export const REVIEW_REMINDER_DAYS = 30;
