import { admissionOrder } from '@vardflata/domain';
import type { Caller } from '../../../access/caller.ts';
import type { Db } from '../../../db/database.ts';
import { queued } from '../withdrawal.presenter.ts';
import * as repo from '../repositories/withdrawal-request.repository.ts';

type Row = repo.WithdrawalRequestRow;

/** Each person shown by name is a logged read, on the ground the caller sees them. */
export function shownRows(
  rows: Row[],
  action: 'withdrawal-request.list' | 'withdrawal-request.worklist',
) {
  return rows
    .filter((r) => r.ground !== null)
    .map((r) => ({
      personId: r.person_id,
      action,
      ground: r.ground!,
      outcome: 'allowed' as const,
      detail: { requestId: r.id },
    }));
}

/** The waiting requests of the caller's bed unit, in the order they are to be admitted. */
export async function waitingInOrder(trx: Db, caller: Caller, now: Date): Promise<Row[]> {
  const rows = await repo.listRequestsOfUnit(trx, caller, caller.unitId!, ['waiting']);
  const byId = new Map(rows.map((r) => [r.id, r]));
  return admissionOrder(rows.map(queued), now).map((q) => byId.get(q.id)!);
}
