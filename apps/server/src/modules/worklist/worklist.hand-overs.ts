import type { HandOverItem } from '@vardflata/contracts';
import type { Caller } from '../../access/caller.ts';
import type { Db } from '../../db/database.ts';
import { todayInStockholm } from '../../util/time.ts';
import { waitingWorklistItems } from '../withdrawal/use-cases/queue.ts';

/**
 * care: the care chains' hand-overs that wait on the caller's unit — for the addiction centre,
 * every waiting withdrawal-bed request, in the order they are to be admitted (seed 004).
 */
export async function handOverItems(trx: Db, caller: Caller, now: Date): Promise<HandOverItem[]> {
  const waiting = await waitingWorklistItems(trx, caller, now);
  return waiting.map((r) => ({
    kind: 'withdrawal-request-waiting' as const,
    recordId: r.id,
    personId: r.personId,
    person: r.person,
    dueOn: todayInStockholm(new Date(r.requestedAt)),
    days: r.daysWaited === null ? null : -r.daysWaited,
    text:
      `Begäran om abstinensplats från ${r.requestingUnitName} väntar` +
      (r.urgency === null ? ' på medicinsk bedömning.' : ' på inskrivning.') +
      (r.prioritised ? ' Prioriteras: socialtjänsten, medicinskt motiverad, del av SIP.' : ''),
  }));
}
