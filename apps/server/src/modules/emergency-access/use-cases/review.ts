import type { EmergencyAccess } from '@vardflata/contracts';
import type { Caller } from '../../../access/caller.ts';
import { requirePermission } from '../../../access/permissions.ts';
import { appendAccessLog } from '../../../audit/access-log.ts';
import type { Db } from '../../../db/database.ts';
import { conflict, notFound } from '../../../http/problem.ts';
import { toEmergencyAccess } from '../emergency-access.presenter.ts';
import * as repo from '../repositories/emergency-access.repository.ts';

/** Records the review by one of the access's reviewers; others get 404 (and a log row). */
export async function reviewEmergencyAccess(
  db: Db,
  caller: Caller,
  id: string,
  note: string | undefined,
): Promise<EmergencyAccess> {
  requirePermission(caller, 'emergency-access:review');
  return db.transaction().execute(async (trx) => {
    const row = await repo.findEmergencyAccessToReview(trx, caller, id);
    if (!row) throw notFound();
    const alreadyReviewed = () => conflict('This emergency access has already been reviewed.');
    if (row.reviewed_at !== null) throw alreadyReviewed();
    // Only an unreviewed row is updated: of two reviews racing, the second finds none.
    if (!(await repo.markReviewed(trx, caller, id, note ?? null))) throw alreadyReviewed();
    await appendAccessLog(trx, caller, [
      {
        personId: row.person_id,
        action: 'emergency-access.review',
        ground: 'log-review',
        outcome: 'allowed',
        detail: { emergencyAccessId: id },
      },
    ]);
    return toEmergencyAccess((await repo.findEmergencyAccess(trx, caller, id))!);
  });
}
