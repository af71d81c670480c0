import type { Caller } from '../../../access/caller.ts';
import { appendAccessLog } from '../../../audit/access-log.ts';
import type { Db } from '../../../db/database.ts';
import { toWithdrawalRequest } from '../withdrawal.presenter.ts';
import * as repo from '../repositories/withdrawal-request.repository.ts';
import { shownRows, waitingInOrder } from './queue.shared.ts';

/** Worklist items for the bed unit's staff: every waiting request, in admission order. */
export async function waitingWorklistItems(trx: Db, caller: Caller, now: Date) {
  const units = await repo.listBedUnits(trx);
  if (!caller.unitId || !units.some((u) => u.unit_id === caller.unitId)) return [];
  const rows = await waitingInOrder(trx, caller, now);
  await appendAccessLog(trx, caller, shownRows(rows, 'withdrawal-request.worklist'));
  return rows.map((r) => toWithdrawalRequest(caller, r, now));
}
