import type { AccessAction } from '@vardflata/domain';
import type { WithdrawalRequest } from '@vardflata/contracts';
import type { Caller } from '../../access/caller.ts';
import { requirePermission } from '../../access/permissions.ts';
import { appendAccessLog, logDenied } from '../../audit/access-log.ts';
import type { Db } from '../../db/database.ts';
import { notFound } from '../../http/problem.ts';
import { requireBedUnitStaff } from './withdrawal.policy.ts';
import { toWithdrawalRequest } from './withdrawal.presenter.ts';
import * as repo from './repositories/withdrawal-request.repository.ts';

export interface RequestContext {
  trx: Db;
  caller: Caller;
  row: repo.WithdrawalRequestRow;
  now: Date;
}

/**
 * The bed unit's acts on a request (triage, admit, discharge): the role, the bed unit, the
 * request of the caller's own bed unit (another unit's is 404), locked, acted on, logged in the
 * same transaction, and answered as the caller then sees it.
 */
export async function bedUnitCommand(
  db: Db,
  caller: Caller,
  requestId: string,
  action: AccessAction,
  act: (ctx: RequestContext) => Promise<void>,
  now: Date = new Date(),
): Promise<WithdrawalRequest> {
  requirePermission(caller, 'withdrawal:manage');
  requireBedUnitStaff(
    caller,
    (await repo.listBedUnits(db)).map((b) => b.unit_id),
  );
  const found = await repo.findRequest(db, caller, requestId);
  if (!found || found.bed_unit_id !== caller.unitId || found.ground === null) {
    await logDenied(db, caller, {
      personId: found?.person_id ?? null,
      action,
      ground: 'none',
      detail: { requestId },
    });
    throw notFound();
  }
  return db.transaction().execute(async (trx) => {
    await repo.lockRequest(trx, requestId);
    const row = (await repo.findRequest(trx, caller, requestId))!;
    await act({ trx, caller, row, now });
    const after = (await repo.findRequest(trx, caller, requestId))!;
    await appendAccessLog(trx, caller, [
      {
        personId: row.person_id,
        action,
        ground: after.ground ?? row.ground!,
        outcome: 'allowed',
        detail: { requestId },
      },
    ]);
    return toWithdrawalRequest(caller, after, now);
  });
}
