import type { ContactRecord } from '@vardflata/contracts';
import type { Caller } from '../../access/caller.ts';
import { toIso, toIsoOrNull } from '../../util/time.ts';
import { awaitingOutcome, mayEdit } from './contacts.policy.ts';
import type { ContactRow } from './repositories/contact.repository.ts';

export function toContact(caller: Caller, row: ContactRow, today: string): ContactRecord {
  return {
    id: row.id,
    personId: row.person_id,
    organisationId: row.organisation_id,
    organisationName: row.organisation_name,
    unitId: row.unit_id,
    unitName: row.unit_name,
    date: row.contact_on,
    kind: row.kind,
    status: row.status,
    awaitingOutcome: awaitingOutcome(row, today),
    note: row.note,
    recordedAt: toIso(row.recorded_at),
    recordedByName: row.recorded_by_name,
    changedAt: toIsoOrNull(row.changed_at),
    changedByName: row.changed_by_name,
    mayEdit: mayEdit(caller, row),
  };
}
