import type { Caller } from '../../access/caller.ts';
import { forbidden, unprocessable } from '../../http/problem.ts';
import type { InterventionRow } from './repositories/intervention.repository.ts';

/**
 * Write decisions for interventions (F5). Each principal keeps its own records: only staff of
 * the organisation that answers for an intervention may change it, whatever they can see.
 */
export function mayEdit(caller: Caller, row: Pick<InterventionRow, 'organisation_id'>): boolean {
  return row.organisation_id === caller.organisationId;
}

export function requireMayEdit(caller: Caller, row: InterventionRow): void {
  if (!mayEdit(caller, row)) {
    throw forbidden('Only the organisation that answers for the intervention may change it.');
  }
}

/** The unit that answers for a new intervention must be one of the caller's organisation. */
export function requireOwnUnit(caller: Caller, unit: { organisation_id: string } | undefined) {
  if (!unit || unit.organisation_id !== caller.organisationId) {
    throw unprocessable('The unit must belong to your organisation.', {
      errors: [{ path: 'unitId', message: 'not a unit of your organisation' }],
    });
  }
}

/** An intervention ends once, on or after its start. */
export function requireMayEnd(row: InterventionRow, endOn: string): void {
  if (row.end_on !== null) {
    throw unprocessable('The intervention has already ended.', {
      errors: [{ path: 'endOn', message: 'already ended' }],
    });
  }
  if (endOn < row.start_on) {
    throw unprocessable('The end is before the start.', {
      errors: [{ path: 'endOn', message: 'before the start' }],
    });
  }
}

export function statusOf(row: Pick<InterventionRow, 'start_on' | 'end_on'>, today: string) {
  if (row.end_on !== null) return 'ended' as const;
  return row.start_on > today ? ('planned' as const) : ('ongoing' as const);
}
