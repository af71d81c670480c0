import { CONTACT_LABELS, daysBetween } from '@vardflata/domain';
import type { ContactRecord, HandOverItem } from '@vardflata/contracts';
import type { Caller } from '../../access/caller.ts';
import { toIso, toIsoOrNull } from '../../util/time.ts';
import { personShown } from '../care-chain/person-shown.ts';
import { formatDate } from '../sip/sip.text.ts';
import { awaitingOutcome, mayEdit } from './contacts.policy.ts';
import type { AwaitingOutcomeRow, ContactRow } from './repositories/contact.repository.ts';

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

/**
 * A contact awaiting its outcome as a worklist item: its day (days negative: how long ago), the
 * kind in the module's own words, and the person as the caller may see them.
 */
export function toOutcomeMissingItem(
  caller: Caller,
  row: AwaitingOutcomeRow,
  today: string,
): HandOverItem {
  const kind = CONTACT_LABELS.kind[row.kind].sv.toLowerCase();
  return {
    kind: 'contact-outcome-missing',
    recordId: row.id,
    personId: row.person_id,
    person: personShown(caller, row),
    dueOn: row.contact_on,
    days: daysBetween(today, row.contact_on),
    text: `Kontakten den ${formatDate(row.contact_on)} (${kind}) väntar på utfall: registrera om den blev av, uteblev eller ställdes in.`,
  };
}
