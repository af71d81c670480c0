import { TOP_DISPUTE_LEVEL } from '@vardflata/domain';
import { forbidden, unprocessable } from '../../http/problem.ts';
import type { GovernanceActor } from '../collaboration-bodies/steering-group.ts';
import type {
  DisputeRow,
  DisputeStepWithOwners,
  DisputeViewer,
} from './repositories/dispute.repository.ts';

/**
 * Who may do what on the dispute ladder (F13). Unit managers and steering-group members raise
 * disputes. The owners of the current step, the unit managers of either party and the steering
 * group move it: up a step, or resolved with the decision.
 */

export function viewerOf(actor: GovernanceActor): DisputeViewer {
  return {
    staffId: actor.caller.staffId,
    organisationId: actor.caller.organisationId,
    organisationWide: ['unit-manager', 'analyst'].includes(actor.caller.role),
    steering: actor.steering,
  };
}

export function mayRaise(actor: GovernanceActor): boolean {
  return actor.steering || actor.caller.role === 'unit-manager';
}

export function requireMayRaise(actor: GovernanceActor): void {
  if (!mayRaise(actor)) throw forbidden('Unit managers and steering-group members raise disputes.');
}

function mayMove(actor: GovernanceActor, row: DisputeRow, current?: DisputeStepWithOwners) {
  if (row.status !== 'open') return false;
  if (actor.steering) return true;
  if (current?.owners.some((o) => o.id === actor.caller.staffId)) return true;
  return (
    actor.caller.role === 'unit-manager' &&
    (actor.caller.organisationId === row.raised_by_organisation_id ||
      actor.caller.organisationId === row.other_organisation_id)
  );
}

export const mayEscalate = (
  actor: GovernanceActor,
  row: DisputeRow,
  current?: DisputeStepWithOwners,
) => row.level < TOP_DISPUTE_LEVEL && mayMove(actor, row, current);
export const mayResolve = mayMove;

function requireOpen(row: DisputeRow) {
  if (row.status !== 'open')
    throw unprocessable('The dispute is already resolved.', {
      errors: [{ path: 'status', message: 'is resolved' }],
    });
}

export function requireMayEscalate(
  actor: GovernanceActor,
  row: DisputeRow,
  current?: DisputeStepWithOwners,
): void {
  requireOpen(row);
  if (!mayMove(actor, row, current)) throw forbidden();
  if (row.level >= TOP_DISPUTE_LEVEL)
    throw unprocessable('The dispute is at the county group, the top of the ladder.', {
      errors: [{ path: 'level', message: `is ${row.level}, the highest` }],
    });
}

export function requireMayResolve(
  actor: GovernanceActor,
  row: DisputeRow,
  current?: DisputeStepWithOwners,
): void {
  requireOpen(row);
  if (!mayMove(actor, row, current)) throw forbidden();
}
