import { addDays } from '@vardflata/domain';
import type { Db } from '../../db/database.ts';
import { todayInStockholm } from '../../util/time.ts';
import { memberStaffIds } from '../collaboration-bodies/repositories/collaboration-body.repository.ts';
import { notifyEach } from '../notifications/notifications.repository.ts';
import { activeManagersOfOrganisations } from '../staff/staff.repository.ts';
import { REVIEW_REMINDER_DAYS } from './agreements.policy.ts';
import { listReviewsDue, partyIdsOf } from './repositories/agreement.repository.ts';

/**
 * The review-date reminder (F12): an agreement whose review date is at most 30 days away (or
 * past) is put on the worklists of its parties' unit managers and the county steering group,
 * once per review date.
 */
const SCAN_INTERVAL_MS = 6 * 60 * 60_000;

export async function remindReviews(trx: Db, now: Date): Promise<number> {
  const today = todayInStockholm(now);
  const due = await listReviewsDue(trx, addDays(today, REVIEW_REMINDER_DAYS));
  const steering = await memberStaffIds(trx, { kind: 'county-steering-group' });
  for (const a of due) {
    const managers = await activeManagersOfOrganisations(trx, await partyIdsOf(trx, a.id));
    await notifyEach(trx, [...new Set([...managers, ...steering])], {
      kind: 'agreement.review-due',
      title: 'Överenskommelse ska revideras',
      body: `${a.title} ska ses över senast ${a.review_on}.`,
      sipId: null,
      personId: null,
      dueOn: a.review_on,
      dedupeKey: `agreement.review:${a.id}:${a.review_on}`,
    });
  }
  return due.length;
}

export const AGREEMENT_JOB_HANDLERS = {
  'agreements.review-scan': async (
    trx: Db,
    _payload: Record<string, unknown>,
    { now }: { now: Date },
  ) => {
    await remindReviews(trx, now);
    return { rescheduleAt: new Date(now.getTime() + SCAN_INTERVAL_MS) };
  },
};
export const AGREEMENT_RECURRING_JOBS = ['agreements.review-scan'] as const;
