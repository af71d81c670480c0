import type { LogReview, RecordLogReviewBody } from '@vardflata/contracts';
import type { Caller } from '../../../access/caller.ts';
import { requirePermission } from '../../../access/permissions.ts';
import { appendAccessLog } from '../../../audit/access-log.ts';
import type { Db } from '../../../db/database.ts';
import { toLogReview } from '../access-log.presenter.ts';
import * as reviews from '../repositories/log-reviews.repository.ts';

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
