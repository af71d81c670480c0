import { forbidden } from '../../http/problem.ts';
import type { GovernanceActor } from '../collaboration-bodies/steering-group.ts';

/** Unit managers, the steering group and administrators plan sessions and record attendance;
 * every staff member registers themself. */
export function mayRunTrainings(actor: GovernanceActor): boolean {
  return actor.steering || ['unit-manager', 'administrator'].includes(actor.caller.role);
}
export function requireMayRunTrainings(actor: GovernanceActor): void {
  if (!mayRunTrainings(actor)) throw forbidden();
}

/** Coverage per unit is a management figure: those who run trainings and analysts read it. */
export function maySeeCoverage(actor: GovernanceActor): boolean {
  return mayRunTrainings(actor) || actor.caller.role === 'analyst';
}
export function requireMaySeeCoverage(actor: GovernanceActor): void {
  if (!maySeeCoverage(actor)) throw forbidden();
}

/** Attendance records what happened: not before the session's day. */
export function sessionHasBeenHeld(heldOn: string, today: string): boolean {
  return heldOn <= today;
}
