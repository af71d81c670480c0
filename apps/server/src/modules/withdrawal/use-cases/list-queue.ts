import type { WithdrawalRequest } from '@vardflata/contracts';
import type { Caller } from '../../../access/caller.ts';
import { requirePermission } from '../../../access/permissions.ts';
import { appendAccessLog } from '../../../audit/access-log.ts';
import type { Db } from '../../../db/database.ts';
import { requireBedUnitStaff } from '../withdrawal.policy.ts';
import { toWithdrawalRequest } from '../withdrawal.presenter.ts';
import * as repo from '../repositories/withdrawal-request.repository.ts';
import { shownRows, waitingInOrder } from './queue.shared.ts';

/** GET /api/withdrawal-requests: the bed unit's queue (seed 004's order). Others 403. */
export async function listQueue(
  db: Db,
  caller: Caller,
  now: Date = new Date(),
): Promise<WithdrawalRequest[]> {
  requirePermission(caller, 'withdrawal:read');
  requireBedUnitStaff(
    caller,
    (await repo.listBedUnits(db)).map((b) => b.unit_id),
  );
  return db.transaction().execute(async (trx) => {
    const rows = await waitingInOrder(trx, caller, now);
    await appendAccessLog(trx, caller, shownRows(rows, 'withdrawal-request.list'));
    return rows.map((r) => toWithdrawalRequest(caller, r, now));
  });
}
