import type { Caller } from '../../access/caller.ts';
import { conflict, forbidden, unprocessable } from '../../http/problem.ts';
import type { CaseRow } from './case-management.repository.ts';

/** Write decisions for case managers and cases (F7, F8). */

/** A case is closed by its own unit's organisation. */
export function requireOwnCase(caller: Caller, row: CaseRow) {
  if (row.organisation_id !== caller.organisationId) {
    throw forbidden('Only the organisation that holds the case may close it.');
  }
}

export function requireOpenCase(row: CaseRow, closedOn: string) {
  if (row.closed_on !== null) {
    throw unprocessable('The case is already closed.', {
      errors: [{ path: 'closedOn', message: 'already closed' }],
    });
  }
  if (closedOn < row.opened_on) {
    throw unprocessable('The case cannot close before it opened.', {
      errors: [{ path: 'closedOn', message: 'before the case opened' }],
    });
  }
}

export function requireNoOpenCase(open: boolean) {
  if (open) throw conflict('The person already has an open case at your unit.');
}

/** A case manager is a staff member of the caller's organisation. */
export function requireColleague(
  caller: Caller,
  staff: { organisation_id: string | null } | undefined,
) {
  if (!staff || staff.organisation_id !== caller.organisationId) {
    throw unprocessable('The case manager must work in your organisation.', {
      errors: [{ path: 'staffId', message: 'not a staff member of your organisation' }],
    });
  }
}
