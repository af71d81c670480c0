import type { LogReview, LogReviewStatus, RecordLogReviewBody } from '@vardflata/contracts';
import type { Caller } from '../../../access/caller.ts';
import { requirePermission } from '../../../access/permissions.ts';
import { appendAccessLog } from '../../../audit/access-log.ts';
import type { Db } from '../../../db/database.ts';
import { todayInStockholm } from '../../../util/time.ts';
import { toLogReview } from '../access-log.presenter.ts';
import * as reviews from '../repositories/log-reviews.repository.ts';

/**
 * How often the organisation's log is reviewed: monthly, the common reading of HSLF-FS 2016:40
 * 4 kap 9 § ("systematiskt och återkommande") in Swedish regions (decision 0010-b).
 */
export const LOG_REVIEW_INTERVAL_DAYS = 30;

function addDays(date: string, days: number): string {
  const d = new Date(`${date}T12:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}

/** A unit manager records the review she has just completed (what, how much, what she found). */
export async function recordLogReview(
  db: Db,
  caller: Caller,
  body: RecordLogReviewBody,
): Promise<LogReview> {
  requirePermission(caller, 'access-log:review');
  return db.transaction().execute(async (trx) => {
    const id = await reviews.insertLogReview(trx, caller, {
      kind: body.kind,
      rowsReviewed: body.rowsReviewed,
      findings: body.findings,
      note: body.note ? body.note : null,
    });
    await appendAccessLog(trx, caller, [
      {
        personId: null,
        action: 'access-log.review',
        ground: 'log-review',
        outcome: 'allowed',
        detail: { logReviewId: id },
      },
    ]);
    const [saved] = await reviews.listLogReviews(trx, caller.organisationId!, 1);
    return toLogReview(saved!);
  });
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
