import { parseIdentityNumber } from '@vardflata/domain';
import type { Caller } from '../../access/caller.ts';
import { requirePermission } from '../../access/permissions.ts';
import { appendAccessLog, logDenied } from '../../audit/access-log.ts';
import type { Db } from '../../db/database.ts';
import { badRequest, conflict, notFound } from '../../http/problem.ts';
import { toIso, toIsoOrNull, todayInStockholm } from '../../util/time.ts';
import { findPersonIdByIdentityNumber } from '../persons/persons.repository.ts';
import * as repo from './emergency-access.repository.ts';
import type { EmergencyAccessRow } from './emergency-access.repository.ts';

function toEmergencyAccess(r: EmergencyAccessRow) {
  return {
    id: r.id,
    personId: r.person_id,
    staffId: r.staff_id,
    staffName: r.staff_name,
    unitId: r.unit_id,
    reason: r.reason,
    startedAt: toIso(r.started_at),
    expiresAt: toIso(r.expires_at),
    reviewedAt: toIsoOrNull(r.reviewed_at),
    reviewedBy: r.reviewed_by,
    reviewNote: r.review_note,
  };
}

/**
 * Emergency access (nödåtkomst): a deliberate, logged act with a stated reason that opens a
 * person to the caller for a few hours and waits for the unit manager's review.
 */
export async function openEmergencyAccess(
  db: Db,
  caller: Caller,
  body: { personalIdentityNumber: string; reason: string },
  minutes: number,
) {
  requirePermission(caller, 'emergency-access:open');
  const parsed = parseIdentityNumber(body.personalIdentityNumber, todayInStockholm());
  if (!parsed.ok) throw badRequest([{ path: 'personalIdentityNumber', message: parsed.message }]);
  const person = await findPersonIdByIdentityNumber(db, parsed.value.normalized);
  if (!person) {
    await logDenied(db, caller, {
      personId: null,
      action: 'emergency-access.open',
      ground: 'emergency',
    });
    throw notFound();
  }
  return db.transaction().execute(async (trx) => {
    const id = await repo.insertEmergencyAccess(trx, caller, {
      personId: person.id,
      reason: body.reason,
      expiresAt: new Date(Date.now() + minutes * 60_000),
    });
    await appendAccessLog(trx, caller, [
      {
        personId: person.id,
        action: 'emergency-access.open',
        ground: 'emergency',
        outcome: 'allowed',
        detail: { emergencyAccessId: id },
      },
    ]);
    return toEmergencyAccess((await repo.findEmergencyAccess(trx, id))!);
  });
}

/** Emergency accesses by staff of the manager's unit, for review. */
export async function listEmergencyAccess(db: Db, caller: Caller, reviewed: boolean | undefined) {
  requirePermission(caller, 'emergency-access:review');
  return db.transaction().execute(async (trx) => {
    const rows = await repo.listEmergencyAccessOfUnit(trx, caller.unitId, reviewed);
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

export async function reviewEmergencyAccess(
  db: Db,
  caller: Caller,
  id: string,
  note: string | undefined,
) {
  requirePermission(caller, 'emergency-access:review');
  return db.transaction().execute(async (trx) => {
    const row = await repo.findEmergencyAccess(trx, id, caller.unitId);
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
    return toEmergencyAccess((await repo.findEmergencyAccess(trx, id))!);
  });
}
