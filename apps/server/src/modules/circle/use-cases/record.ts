import type {
  ChildrenQuestionBody,
  CircleMember,
  CreateCircleMemberBody,
  CreateSupportBody,
} from '@vardflata/contracts';
import type { Caller } from '../../../access/caller.ts';
import { requirePermission } from '../../../access/permissions.ts';
import { appendAccessLog } from '../../../audit/access-log.ts';
import type { Db } from '../../../db/database.ts';
import { todayInStockholm } from '../../../util/time.ts';
import { withRecord, type RecordKind } from '../../care-chain/with-record.ts';
import { requireVisiblePerson } from '../../persons/persons.service.ts';
import { requireOwnMember } from '../circle.policy.ts';
import { toChildrenQuestion, toMember } from '../circle.presenter.ts';
import {
  findMemberPersonId,
  insertChildrenQuestion,
  insertMember,
  insertSupport,
  lockMember,
  supportsOf,
  visibleChildrenQuestions,
  visibleMembers,
  type CircleMemberRow,
} from '../repositories/circle.repository.ts';

/** Runs `act` on a visible person in one transaction with its `circle.write` log row. */
async function writeForPerson<T>(
  db: Db,
  caller: Caller,
  personId: string,
  act: (trx: Db) => Promise<{ value: T; detail: Record<string, string> }>,
): Promise<T> {
  requirePermission(caller, 'care-chain:write');
  const person = await requireVisiblePerson(db, caller, personId, 'circle.write');
  return db.transaction().execute(async (trx) => {
    const { value, detail } = await act(trx);
    await appendAccessLog(trx, caller, [
      {
        personId,
        action: 'circle.write',
        ground: person.ground ?? 'none',
        outcome: 'allowed',
        detail,
      },
    ]);
    return value;
  });
}

async function memberAsSeen(trx: Db, caller: Caller, id: string): Promise<CircleMember> {
  const [row] = await visibleMembers(trx, caller, { id });
  return toMember(row!, await supportsOf(trx, [id]), todayInStockholm());
}

/** A child or adult relative of the person (F1). */
export function recordMember(
  db: Db,
  caller: Caller,
  personId: string,
  body: CreateCircleMemberBody,
) {
  return writeForPerson(db, caller, personId, async (trx) => {
    const id = await insertMember(trx, {
      person_id: personId,
      organisation_id: caller.organisationId!,
      unit_id: caller.unitId!,
      kind: body.kind,
      name: body.name,
      relation: body.relation,
      birth_year: body.birthYear ?? null,
      contact: body.contact ?? null,
      note: body.note ?? null,
      recorded_by: caller.staffId,
    });
    return { value: await memberAsSeen(trx, caller, id), detail: { circleMemberId: id } };
  });
}

/** The children-as-relatives question and its answer, where a SIP or intervention starts. */
export function recordChildrenQuestion(
  db: Db,
  caller: Caller,
  personId: string,
  body: ChildrenQuestionBody,
) {
  return writeForPerson(db, caller, personId, async (trx) => {
    const id = await saveChildrenQuestion(trx, caller, personId, body);
    const [row] = (await visibleChildrenQuestions(trx, caller, personId)).filter(
      (q) => q.id === id,
    );
    return { value: toChildrenQuestion(row!), detail: { childrenQuestionId: id } };
  });
}

/** Also used by the intervention that asks it as it starts. */
export function saveChildrenQuestion(
  trx: Db,
  caller: Caller,
  personId: string,
  body: ChildrenQuestionBody,
) {
  return insertChildrenQuestion(trx, {
    person_id: personId,
    organisation_id: caller.organisationId!,
    unit_id: caller.unitId!,
    context: body.context,
    record_id: body.recordId ?? null,
    asked_on: body.askedOn,
    answer: body.answer,
    recorded_by: caller.staffId,
  });
}

const MEMBER: RecordKind<CircleMemberRow> = {
  detailKey: 'circleMemberId',
  findVisible: async (db, caller, id) => (await visibleMembers(db, caller, { id }))[0],
  lock: lockMember,
  personIdOf: findMemberPersonId,
  mayWrite: requireOwnMember,
};

/** Information, advice or support given to a relative: what, by whom, when. */
export function recordSupport(db: Db, caller: Caller, memberId: string, body: CreateSupportBody) {
  return withRecord(MEMBER, db, caller, memberId, 'circle.write', 'write', async (ctx) => {
    await insertSupport(ctx.trx, {
      member_id: memberId,
      kind: body.kind,
      given_on: body.givenOn,
      given_by: body.givenBy,
      description: body.description,
      recorded_by: caller.staffId,
    });
    return memberAsSeen(ctx.trx, caller, memberId);
  });
}
