import type {
  AddRoutineBody,
  Agreement,
  ReviseAgreementBody,
  RoutineVersionBody,
} from '@vardflata/contracts';
import type { Caller } from '../../../access/caller.ts';
import type { Db } from '../../../db/database.ts';
import { notFound } from '../../../http/problem.ts';
import { todayInStockholm } from '../../../util/time.ts';
import {
  governanceActor,
  type GovernanceActor,
} from '../../collaboration-bodies/steering-group.ts';
import { requireMayManage } from '../agreements.policy.ts';
import { toAgreement } from '../agreements.presenter.ts';
import * as agreements from '../repositories/agreement.repository.ts';

export async function listAgreements(db: Db, caller: Caller): Promise<Agreement[]> {
  const actor = await governanceActor(db, caller);
  const today = todayInStockholm();
  return (await agreements.listAgreements(db)).map((a) => toAgreement(actor, a, today));
}

export async function getAgreement(db: Db, caller: Caller, id: string): Promise<Agreement> {
  const actor = await governanceActor(db, caller);
  const a = await agreements.findAgreement(db, id);
  if (!a) throw notFound();
  return toAgreement(actor, a, todayInStockholm());
}

/** Locks the agreement, checks the caller manages it, acts, answers it as it now is. */
async function manage(
  db: Db,
  caller: Caller,
  id: string,
  work: (trx: Db, actor: GovernanceActor, a: agreements.AgreementRecord) => Promise<void>,
): Promise<Agreement> {
  const actor = await governanceActor(db, caller);
  return db.transaction().execute(async (trx) => {
    await agreements.lockAgreement(trx, id);
    const a = await agreements.findAgreement(trx, id);
    if (!a) throw notFound();
    requireMayManage(
      actor,
      a.parties.map((p) => p.id),
    );
    await work(trx, actor, a);
    return toAgreement(actor, (await agreements.findAgreement(trx, id))!, todayInStockholm());
  });
}

/** A routine linked to the agreement (e.g. the LVM checklist), as its first version. */
export function addRoutine(db: Db, caller: Caller, id: string, body: AddRoutineBody) {
  return manage(db, caller, id, async (trx) => {
    await agreements.insertRoutine(trx, {
      agreementId: id,
      title: body.title,
      body: body.body,
      by: caller.staffId,
    });
  });
}

/** A new version of a routine; earlier versions stay readable. */
export function addRoutineVersion(
  db: Db,
  caller: Caller,
  id: string,
  routineId: string,
  body: RoutineVersionBody,
) {
  return manage(db, caller, id, async (trx, _actor, a) => {
    const routine = a.routines.find((r) => r.id === routineId);
    if (!routine) throw notFound();
    await agreements.insertRoutineVersion(trx, {
      routineId,
      version: (routine.versions[0]?.version ?? 0) + 1,
      body: body.body,
      note: body.note,
      by: caller.staffId,
    });
  });
}

/** A revision of the agreement (after the annual follow-up): noted, new dates if any. */
export function reviseAgreement(db: Db, caller: Caller, id: string, body: ReviseAgreementBody) {
  return manage(db, caller, id, async (trx) => {
    await agreements.insertRevision(trx, {
      agreementId: id,
      revisedOn: todayInStockholm(),
      note: body.note,
      by: caller.staffId,
    });
    await agreements.updateDates(trx, id, {
      ...(body.validUntil !== undefined ? { validUntil: body.validUntil } : {}),
      ...(body.reviewOn !== undefined ? { reviewOn: body.reviewOn } : {}),
    });
  });
}
