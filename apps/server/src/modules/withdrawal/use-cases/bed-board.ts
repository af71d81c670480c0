import type { BedBoard } from '@vardflata/contracts';
import type { Caller } from '../../../access/caller.ts';
import { requirePermission } from '../../../access/permissions.ts';
import { appendAccessLog } from '../../../audit/access-log.ts';
import type { Db } from '../../../db/database.ts';
import { requireBedUnitStaff } from '../withdrawal.policy.ts';
import { toWithdrawalRequest } from '../withdrawal.presenter.ts';
import * as repo from '../repositories/withdrawal-request.repository.ts';
import { shownRows } from './queue.shared.ts';

/** The bed board: capacity, occupancy, who lies in the beds and how many wait. */
export async function bedBoard(db: Db, caller: Caller, now: Date = new Date()): Promise<BedBoard> {
  requirePermission(caller, 'withdrawal:read');
  const units = await repo.listBedUnits(db);
  requireBedUnitStaff(
    caller,
    units.map((b) => b.unit_id),
  );
  const unit = units.find((u) => u.unit_id === caller.unitId)!;
  return db.transaction().execute(async (trx) => {
    const rows = await repo.listRequestsOfUnit(trx, caller, unit.unit_id, ['waiting', 'admitted']);
    const admitted = rows.filter((r) => r.status === 'admitted');
    await appendAccessLog(trx, caller, shownRows(admitted, 'withdrawal-request.list'));
    return {
      units: [
        {
          unitId: unit.unit_id,
          unitName: unit.unit_name,
          beds: unit.beds,
          occupied: admitted.length,
          free: Math.max(unit.beds - admitted.length, 0),
          waiting: rows.length - admitted.length,
          admitted: admitted.map((r) => toWithdrawalRequest(caller, r, now)),
        },
      ],
    };
  });
}
