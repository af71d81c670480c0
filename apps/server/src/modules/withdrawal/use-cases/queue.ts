import { admissionOrder } from '@vardflata/domain';
import type { BedBoard, WithdrawalRequest } from '@vardflata/contracts';
import type { Caller } from '../../../access/caller.ts';
import { requirePermission } from '../../../access/permissions.ts';
import { appendAccessLog } from '../../../audit/access-log.ts';
import type { Db } from '../../../db/database.ts';
import { requireVisiblePerson } from '../../persons/persons.service.ts';
import { requireBedUnitStaff } from '../withdrawal.policy.ts';
import { queued, toWithdrawalRequest } from '../withdrawal.presenter.ts';
import * as repo from '../repositories/withdrawal-request.repository.ts';

type Row = repo.WithdrawalRequestRow;

/** Each person shown by name is a logged read, on the ground the caller sees them. */
function shownRows(rows: Row[], action: 'withdrawal-request.list' | 'withdrawal-request.worklist') {
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

/** The person's requests, as the requesting or the bed-holding organisation sees them. */
export async function listPersonRequests(
  db: Db,
  caller: Caller,
  personId: string,
  now: Date = new Date(),
): Promise<WithdrawalRequest[]> {
  requirePermission(caller, 'withdrawal:read');
  const person = await requireVisiblePerson(db, caller, personId, 'withdrawal-request.read');
  return db.transaction().execute(async (trx) => {
    const rows = await repo.listRequestsOfPerson(trx, caller, personId);
    await appendAccessLog(trx, caller, [
      {
        personId,
        action: 'withdrawal-request.read',
        ground: person.ground ?? 'none',
        outcome: 'allowed',
      },
    ]);
    return rows.map((r) => toWithdrawalRequest(caller, r, now));
  });
}

/** Worklist items for the bed unit's staff: every waiting request, in admission order. */
export async function waitingWorklistItems(trx: Db, caller: Caller, now: Date) {
  const units = await repo.listBedUnits(trx);
  if (!caller.unitId || !units.some((u) => u.unit_id === caller.unitId)) return [];
  const rows = await waitingInOrder(trx, caller, now);
  await appendAccessLog(trx, caller, shownRows(rows, 'withdrawal-request.worklist'));
  return rows.map((r) => toWithdrawalRequest(caller, r, now));
}
