import type { EmergencyAccess } from '@vardflata/contracts';
import type { Caller } from '../../../access/caller.ts';
import { requirePermission } from '../../../access/permissions.ts';
import { appendAccessLog } from '../../../audit/access-log.ts';
import type { Db } from '../../../db/database.ts';
import { toEmergencyAccess } from '../emergency-access.presenter.ts';
import * as repo from '../repositories/emergency-access.repository.ts';

/** The emergency accesses the caller is to review (accessing or owning side), newest first. */
export async function listEmergencyAccess(
  db: Db,
  caller: Caller,
  reviewed: boolean | undefined,
): Promise<EmergencyAccess[]> {
  requirePermission(caller, 'emergency-access:review');
  return db.transaction().execute(async (trx) => {
    const rows = await repo.listEmergencyAccessToReview(trx, caller, reviewed);
    await appendAccessLog(
      trx,
      caller,
      rows.map((r) => ({
        personId: r.person_id,
        action: 'emergency-access.review-list',
        ground: 'log-review' as const,
        outcome: 'allowed' as const,
        detail: { emergencyAccessId: r.id },
      })),
    );
    return rows.map(toEmergencyAccess);
  });
}
