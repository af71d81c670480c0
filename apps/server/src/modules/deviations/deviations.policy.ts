import type { GovernanceActor } from '../collaboration-bodies/steering-group.ts';
import { forbidden, unprocessable } from '../../http/problem.ts';
import type { DeviationRow, DeviationViewer } from './repositories/deviation.repository.ts';

/**
 * Who may do what with a deviation (F13). Reporting is open to every staff member. The
 * organisation it concerns answers (its unit managers); either party's unit managers close it
 * with what was done; steering-group members may do both anywhere in the county.
 */

export function viewerOf(actor: GovernanceActor): DeviationViewer {
  const { caller } = actor;
  return {
    staffId: caller.staffId,
    organisationId: caller.organisationId,
    organisationWide: caller.role === 'unit-manager' || caller.role === 'analyst',
    steering: actor.steering,
  };
}

export function mayAnswer(actor: GovernanceActor, row: DeviationRow): boolean {
  if (row.status !== 'open') return false;
  if (actor.steering) return true;
  return (
    actor.caller.role === 'unit-manager' &&
    actor.caller.organisationId === row.concerns_organisation_id
  );
}

export function mayClose(actor: GovernanceActor, row: DeviationRow): boolean {
  if (row.status === 'closed') return false;
  if (actor.steering) return true;
  return (
    actor.caller.role === 'unit-manager' &&
    (actor.caller.organisationId === row.concerns_organisation_id ||
      actor.caller.organisationId === row.reporter_organisation_id)
  );
}

/** Statistics are for those who follow the agreement up: managers, analysts, steering group. */
export function mayReadStatistics(actor: GovernanceActor): boolean {
  return actor.steering || ['unit-manager', 'analyst'].includes(actor.caller.role);
}

export function requireMayAnswer(actor: GovernanceActor, row: DeviationRow): void {
  if (row.status !== 'open')
    throw unprocessable('The deviation has already been answered or closed.', {
      errors: [{ path: 'status', message: `is ${row.status}` }],
    });
  if (!mayAnswer(actor, row)) throw forbidden();
}

export function requireMayClose(actor: GovernanceActor, row: DeviationRow): void {
  if (row.status === 'closed')
    throw unprocessable('The deviation is already closed.', {
      errors: [{ path: 'status', message: 'is closed' }],
    });
  if (!mayClose(actor, row)) throw forbidden();
}
