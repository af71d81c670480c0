import type { Db } from '../../db/database.ts';
import { todayInStockholm } from '../../util/time.ts';
import { notifyEach } from '../notifications/notifications.repository.ts';
import { climb, levelOf } from './disputes.ladder.ts';
import * as disputes from './repositories/dispute.repository.ts';

/**
 * The ladder's clock (P6, F13): a step past its due date climbs one level by itself, owners
 * told; at the county group there is no higher level, so its owners are reminded instead.
 * Idempotent: a climbed dispute's new step is not overdue, and notifications carry keys.
 */
const SCAN_INTERVAL_MS = 60 * 60_000;

export async function scanDisputes(trx: Db, now: Date): Promise<number> {
  const today = todayInStockholm(now);
  let moved = 0;
  for (const due of await disputes.listOverdueOpenDisputes(trx, today)) {
    await disputes.lockDispute(trx, due.id);
    const row = await disputes.findDisputeForJobs(trx, due.id);
    if (!row || row.status !== 'open' || row.level !== due.level) continue;
    if (row.level < 4) {
      await climb(trx, row, 'escalated-overdue', null, now);
      moved += 1;
    } else {
      const [step] = (await disputes.listSteps(trx, [row.id])).filter((s) => s.ended_at === null);
      await notifyEach(trx, step?.owners.map((o) => o.id) ?? [], {
        kind: 'dispute.overdue',
        title: 'Tvist försenad i länsgruppen',
        body: `${row.title} – ${levelOf(4).sv} skulle ha avgjorts senast ${due.due_on}.`,
        sipId: null,
        personId: null,
        dueOn: due.due_on,
        dedupeKey: `dispute.overdue:${row.id}:${due.due_on}`,
      });
    }
  }
  return moved;
}

export const DISPUTE_JOB_HANDLERS = {
  'disputes.scan': async (trx: Db, _payload: Record<string, unknown>, { now }: { now: Date }) => {
    await scanDisputes(trx, now);
    return { rescheduleAt: new Date(now.getTime() + SCAN_INTERVAL_MS) };
  },
};

export const DISPUTE_RECURRING_JOBS = ['disputes.scan'] as const;
