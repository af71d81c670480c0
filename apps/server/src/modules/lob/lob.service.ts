import type { CreateLobIntakeBody, LobHandoverBody, LobIntake } from '@vardflata/contracts';
import type { Caller } from '../../access/caller.ts';
import { requirePermission } from '../../access/permissions.ts';
import { appendAccessLog, logDenied } from '../../audit/access-log.ts';
import type { Db } from '../../db/database.ts';
import { badRequest, forbidden, HttpProblem, notFound, unprocessable } from '../../http/problem.ts';
import { toIso, toIsoOrNull } from '../../util/time.ts';
import { openCareRelationAt } from '../persons/persons.repository.ts';
import { requireVisiblePerson } from '../persons/persons.service.ts';
import { findUnitsWithKind } from '../placements/repositories/placement.repository.ts';
import { hasConsentNaming } from '../withdrawal/repositories/withdrawal-request.repository.ts';
import { requestWithdrawalBed } from '../withdrawal/use-cases/request.ts';
import * as repo from './lob.repository.ts';
import { personShown } from '../care-chain/person-shown.ts';

/**
 * LOB sobering intakes (seed 002, decision 0014-d): the region's unit receives a person taken
 * into custody under LOB, and hands the person over — to withdrawal care (a bed request at the
 * addiction centre), to social services (under a consent naming the municipality) or home —
 * recording the minutes the hand-over took.
 */
export function toLobIntake(caller: Caller, row: repo.LobIntakeRow): LobIntake {
  return {
    id: row.id,
    personId: row.person_id,
    person: personShown(caller, row),
    unitId: row.unit_id,
    unitName: row.unit_name,
    broughtInAt: toIso(row.brought_in_at),
    broughtBy: row.brought_by,
    note: row.note,
    status: row.status,
    handoverTo: row.handover_to,
    toUnitId: row.to_unit_id,
    toUnitName: row.to_unit_name,
    withdrawalRequestId: row.withdrawal_request_id,
    handedOverAt: toIsoOrNull(row.handed_over_at),
    minutesToHandover: row.minutes_to_handover,
    receivedAt: toIsoOrNull(row.received_at),
  };
}

export async function recordIntake(
  db: Db,
  caller: Caller,
  personId: string,
  body: CreateLobIntakeBody,
): Promise<LobIntake> {
  requirePermission(caller, 'lob:write');
  const person = await requireVisiblePerson(db, caller, personId, 'lob-intake.create');
  if (caller.organisationKind !== 'region') {
    throw forbidden('Sobering under LOB is the region’s care.');
  }
  return db.transaction().execute(async (trx) => {
    const id = await repo.insertIntake(trx, {
      person_id: personId,
      unit_id: caller.unitId!,
      organisation_id: caller.organisationId!,
      recorded_by: caller.staffId,
      brought_in_at: new Date(body.broughtInAt),
      brought_by: body.broughtBy,
      note: body.note ?? null,
    });
    await appendAccessLog(trx, caller, [
      {
        personId,
        action: 'lob-intake.create',
        ground: person.ground ?? 'none',
        outcome: 'allowed',
        detail: { intakeId: id },
      },
    ]);
    return toLobIntake(caller, (await repo.findIntake(trx, id))!);
  });
}

export async function listPersonIntakes(
  db: Db,
  caller: Caller,
  personId: string,
): Promise<LobIntake[]> {
  requirePermission(caller, 'lob:read');
  const person = await requireVisiblePerson(db, caller, personId, 'lob-intake.list');
  return db.transaction().execute(async (trx) => {
    const rows = await repo.listIntakesOfPerson(trx, personId, caller);
    await appendAccessLog(trx, caller, [
      { personId, action: 'lob-intake.list', ground: person.ground ?? 'none', outcome: 'allowed' },
    ]);
    return rows.map((r) => toLobIntake(caller, r));
  });
}

/** Loads an intake of the caller's own unit (`side` intake) or handed to it (`receiver`). */
async function requireIntake(
  db: Db,
  caller: Caller,
  id: string,
  side: 'intake' | 'receiver',
  action: 'lob-intake.handover' | 'lob-intake.receive',
) {
  const found = await repo.findIntake(db, id);
  const involved = found && (found.unit_id === caller.unitId || found.to_unit_id === caller.unitId);
  if (!found || !involved) {
    await logDenied(db, caller, {
      personId: found?.person_id ?? null,
      action,
      ground: 'none',
      detail: { intakeId: id },
    });
    throw notFound();
  }
  const own = side === 'intake' ? found.unit_id : found.to_unit_id;
  if (own !== caller.unitId) throw forbidden('Another unit does this.');
  const person = await requireVisiblePerson(db, caller, found.person_id, action);
  return { found, ground: person.ground ?? ('none' as const) };
}

/** The hand-over after sobering, with the minutes it took. */
export async function handOverIntake(
  db: Db,
  caller: Caller,
  id: string,
  body: LobHandoverBody,
): Promise<LobIntake> {
  requirePermission(caller, 'lob:write');
  const { found, ground } = await requireIntake(db, caller, id, 'intake', 'lob-intake.handover');
  if (found.status !== 'sobering') throw new HttpProblem(409, 'Already handed over.');
  const at = new Date(body.handedOverAt);
  const minutes = Math.round((at.getTime() - new Date(found.brought_in_at).getTime()) / 60_000);
  if (minutes < 0) throw badRequest([{ path: 'handedOverAt', message: 'before the intake' }]);

  let toUnit: { id: string; organisation_id: string } | undefined;
  let requestId: string | null = null;
  if (body.to === 'social-services') {
    [toUnit] = body.toUnitId ? await findUnitsWithKind(db, [body.toUnitId]) : [];
    if (
      !toUnit ||
      (toUnit as { organisation_kind?: string }).organisation_kind !== 'municipality'
    ) {
      throw badRequest([{ path: 'toUnitId', message: 'name a unit of social services' }]);
    }
    if (!(await hasConsentNaming(db, found.person_id, toUnit.organisation_id))) {
      await logDenied(db, caller, {
        personId: found.person_id,
        action: 'lob-intake.handover',
        ground,
        detail: { missing: 'consent' },
      });
      throw unprocessable('The person has no valid consent naming social services.', {
        missing: ['consent'],
      });
    }
  }
  if (body.to === 'withdrawal-care') {
    if (!body.reason) throw badRequest([{ path: 'reason', message: 'say why a bed is needed' }]);
    const request = await requestWithdrawalBed(db, caller, found.person_id, {
      medicallyMotivated: body.medicallyMotivated ?? true,
      reason: body.reason,
    });
    requestId = request.id;
  }
  return db.transaction().execute(async (trx) => {
    await repo.lockIntake(trx, id);
    await repo.updateIntake(trx, id, {
      status: 'handed-over',
      handover_to: body.to,
      to_unit_id: toUnit?.id ?? null,
      withdrawal_request_id: requestId,
      handed_over_at: at,
      handed_over_by: caller.staffId,
      minutes_to_handover: minutes,
    });
    if (toUnit) {
      await openCareRelationAt(trx, {
        personId: found.person_id,
        unitId: toUnit.id,
        organisationId: toUnit.organisation_id,
        staffId: caller.staffId,
      });
    }
    await appendAccessLog(trx, caller, [
      {
        personId: found.person_id,
        action: 'lob-intake.handover',
        ground,
        outcome: 'allowed',
        detail: { intakeId: id, to: body.to, minutes },
      },
    ]);
    return toLobIntake(caller, (await repo.findIntake(trx, id))!);
  });
}

/** Social services take the hand-over in hand. */
export async function receiveIntake(
  db: Db,
  caller: Caller,
  id: string,
  now: Date = new Date(),
): Promise<LobIntake> {
  requirePermission(caller, 'lob:write');
  const { found, ground } = await requireIntake(db, caller, id, 'receiver', 'lob-intake.receive');
  if (found.received_at) throw new HttpProblem(409, 'Already received.');
  return db.transaction().execute(async (trx) => {
    await repo.updateIntake(trx, id, { received_by: caller.staffId, received_at: now });
    await appendAccessLog(trx, caller, [
      {
        personId: found.person_id,
        action: 'lob-intake.receive',
        ground,
        outcome: 'allowed',
        detail: { intakeId: id },
      },
    ]);
    return toLobIntake(caller, (await repo.findIntake(trx, id))!);
  });
}
