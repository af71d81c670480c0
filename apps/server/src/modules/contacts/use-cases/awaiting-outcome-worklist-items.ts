import type { HandOverItem } from '@vardflata/contracts';
import type { Caller } from '../../../access/caller.ts';
import type { AccessLogEntry } from '../../../audit/access-log.ts';
import type { Db } from '../../../db/database.ts';
import { todayInStockholm } from '../../../util/time.ts';
import { awaitingOutcomeReminders } from '../contacts.policy.ts';
import { toOutcomeMissingItem } from '../contacts.presenter.ts';
import { listAwaitingOutcome } from '../repositories/contact.repository.ts';

/**
 * Worklist items for the unit that had a contact: its booked contacts whose day has passed with
 * no outcome recorded (decision 0020-c), oldest first, each with the access-log row showing it
 * takes (`contact.worklist`, on the ground the person is seen on). Not logged here: the worklist
 * logs what it serves (all of them; a FHIR Task read only the one it serves).
 */
export async function awaitingOutcomeWorklistItems(
  trx: Db,
  caller: Caller,
  now: Date,
): Promise<{ item: HandOverItem; log: AccessLogEntry[] }[]> {
  const today = todayInStockholm(now);
  const criteria = awaitingOutcomeReminders(caller, today);
  if (!criteria) return [];
  const rows = await listAwaitingOutcome(trx, caller, criteria);
  return rows.map((row) => ({
    item: toOutcomeMissingItem(caller, row, today),
    log: [
      {
        personId: row.person_id,
        action: 'contact.worklist' as const,
        ground: row.person_ground ?? 'none',
        outcome: 'allowed' as const,
        detail: { contactId: row.id },
      },
    ],
  }));
}
