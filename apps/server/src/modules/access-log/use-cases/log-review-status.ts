import type { LogReviewStatus } from '@vardflata/contracts';
import type { Caller } from '../../../access/caller.ts';
import { requirePermission } from '../../../access/permissions.ts';
import type { Db } from '../../../db/database.ts';
import { todayInStockholm } from '../../../util/time.ts';
import { LOG_REVIEW_INTERVAL_DAYS } from '../access-log.policy.ts';
import { toLogReview } from '../access-log.presenter.ts';
import * as reviews from '../repositories/log-reviews.repository.ts';

function addDays(date: string, days: number): string {
  const d = new Date(`${date}T12:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}

/** When the organisation last reviewed its log, and whether the next review is due. */
export async function logReviewStatus(
  db: Db,
  caller: Caller,
  now: Date = new Date(),
): Promise<LogReviewStatus> {
  requirePermission(caller, 'access-log:review');
  const recent = (await reviews.listLogReviews(db, caller.organisationId!, 5)).map(toLogReview);
  const last = recent[0] ?? null;
  const today = todayInStockholm(now);
  const nextDueOn = last
    ? addDays(todayInStockholm(new Date(last.at)), LOG_REVIEW_INTERVAL_DAYS)
    : null;
  return {
    intervalDays: LOG_REVIEW_INTERVAL_DAYS,
    last,
    nextDueOn,
    due: nextDueOn === null || nextDueOn <= today,
    recent,
  };
}
