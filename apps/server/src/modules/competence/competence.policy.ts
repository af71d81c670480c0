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
