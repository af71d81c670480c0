import type { Caller } from '../../../access/caller.ts';
import type { Db } from '../../../db/database.ts';
import { toWithdrawalRequest } from '../withdrawal.presenter.ts';
import * as repo from '../repositories/withdrawal-request.repository.ts';
import { shownRows, waitingInOrder } from './queue.shared.ts';

/**
 * Worklist items for the bed unit's staff: every waiting request, in admission order, each with
 * the access-log rows showing it takes (none for a person the caller may not see). Not logged
 * here: the worklist logs what it serves (all of them; a FHIR Task read only the one it serves).
 */
export async function waitingWorklistItems(trx: Db, caller: Caller, now: Date) {
  const units = await repo.listBedUnits(trx);
  if (!caller.unitId || !units.some((u) => u.unit_id === caller.unitId)) return [];
  const rows = await waitingInOrder(trx, caller, now);
  return rows.map((r) => ({
    request: toWithdrawalRequest(caller, r, now),
    log: shownRows([r], 'withdrawal-request.worklist'),
  }));
}
