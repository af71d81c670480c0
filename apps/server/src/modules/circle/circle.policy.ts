import type { Caller } from '../../access/caller.ts';
import { forbidden } from '../../http/problem.ts';
import type { CircleMemberRow } from './repositories/circle.repository.ts';

/** Each principal keeps its own records: only the recording organisation adds support. */
export function requireOwnMember(caller: Caller, row: CircleMemberRow): void {
  if (row.organisation_id !== caller.organisationId) {
    throw forbidden('Only the organisation that recorded the relative may add to it.');
  }
}
