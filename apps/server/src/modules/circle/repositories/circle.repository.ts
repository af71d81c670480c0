import { sql, type Insertable, type Selectable } from 'kysely';
import type { Caller } from '../../../access/caller.ts';
import { personVisible, recordGround } from '../../../access/policy.ts';
import type { Db } from '../../../db/database.ts';
import type {
  ChildrenQuestionTable,
  CircleMemberTable,
  CircleSupportTable,
} from '../../../db/schema.ts';

type Ground = 'own-organisation' | 'consent' | 'emergency';

export type CircleMemberRow = Selectable<CircleMemberTable> & {
  organisation_name: string;
  unit_name: string;
  ground: Ground;
};
export type ChildrenQuestionRow = Selectable<ChildrenQuestionTable> & {
  unit_name: string;
  ground: Ground;
};

const memberGround = (caller: Caller) =>
  recordGround(caller, sql.ref('m.person_id'), sql.ref('m.organisation_id'));

/** Circle members the caller may see (decision 0004), of a person or one by id. */
export async function visibleMembers(
  db: Db,
  caller: Caller,
  filter: { personId?: string; id?: string },
): Promise<CircleMemberRow[]> {
  const rows = await db
    .selectFrom('circle_member as m')
    .innerJoin('organisation as o', 'o.id', 'm.organisation_id')
    .innerJoin('unit as u', 'u.id', 'm.unit_id')
    .selectAll('m')
    .select([
      'o.name as organisation_name',
      'u.name as unit_name',
      memberGround(caller).as('ground'),
    ])
    .$if(filter.personId !== undefined, (q) => q.where('m.person_id', '=', filter.personId!))
    .$if(filter.id !== undefined, (q) => q.where('m.id', '=', filter.id!))
    .where(personVisible(caller, sql.ref('m.person_id')))
    .where(sql<boolean>`${memberGround(caller)} is not null`)
    .orderBy('m.kind', 'desc')
    .orderBy('m.recorded_at')
    .execute();
  return rows as CircleMemberRow[];
}

export function supportsOf(db: Db, memberIds: string[]) {
  if (memberIds.length === 0) return Promise.resolve([]);
  return db
    .selectFrom('circle_support')
    .selectAll()
    .where('member_id', 'in', memberIds)
    .orderBy('given_on')
    .orderBy('recorded_at')
    .execute();
}

/** The latest answers to the children question the caller may see, newest first. */
export async function visibleChildrenQuestions(db: Db, caller: Caller, personId: string) {
  const ground = recordGround(caller, sql.ref('q.person_id'), sql.ref('q.organisation_id'));
  const rows = await db
    .selectFrom('children_question as q')
    .innerJoin('unit as u', 'u.id', 'q.unit_id')
    .selectAll('q')
    .select(['u.name as unit_name', ground.as('ground')])
    .where('q.person_id', '=', personId)
    .where(personVisible(caller, sql.ref('q.person_id')))
    .where(sql<boolean>`${ground} is not null`)
    .orderBy('q.asked_on', 'desc')
    .orderBy('q.recorded_at', 'desc')
    .execute();
  return rows as ChildrenQuestionRow[];
}

export async function insertMember(trx: Db, values: Insertable<CircleMemberTable>) {
  const { id } = await trx
    .insertInto('circle_member')
    .values(values)
    .returning('id')
    .executeTakeFirstOrThrow();
  return id;
}

export async function insertSupport(trx: Db, values: Insertable<CircleSupportTable>) {
  await trx.insertInto('circle_support').values(values).execute();
}

export async function insertChildrenQuestion(
  trx: Db,
  values: Insertable<ChildrenQuestionTable>,
): Promise<string> {
  const { id } = await trx
    .insertInto('children_question')
    .values(values)
    .returning('id')
    .executeTakeFirstOrThrow();
  return id;
}

export async function lockMember(trx: Db, id: string) {
  await trx.selectFrom('circle_member').select('id').where('id', '=', id).forUpdate().execute();
}

export async function findMemberPersonId(db: Db, id: string) {
  const row = await db
    .selectFrom('circle_member')
    .select('person_id')
    .where('id', '=', id)
    .executeTakeFirst();
  return row?.person_id ?? null;
}

/**
 * The worklist's open questions: ongoing interventions of the caller's unit whose person has no
 * answer to the children-as-relatives question from the caller's organisation.
 */
export function interventionsWithoutChildrenQuestion(db: Db, caller: Caller, today: string) {
  return db
    .selectFrom('intervention as i')
    .innerJoin('care_relation as cr', (j) =>
      j
        .onRef('cr.person_id', '=', 'i.person_id')
        .on('cr.unit_id', '=', caller.unitId!)
        .on('cr.closed_at', 'is', null),
    )
    .select(['i.id', 'i.person_id', 'i.start_on'])
    .where('i.unit_id', '=', caller.unitId!)
    .where('i.end_on', 'is', null)
    .where('i.start_on', '<=', today)
    .where(({ not, exists, selectFrom }) =>
      not(
        exists(
          selectFrom('children_question as q')
            .select('q.id')
            .whereRef('q.person_id', '=', 'i.person_id')
            .where('q.organisation_id', '=', caller.organisationId!),
        ),
      ),
    )
    .orderBy('i.start_on')
    .execute();
}

/**
 * The worklist's open SIP questions (issue 9.7): active SIPs owned by the caller's unit with no
 * answer to the children-as-relatives question recorded for that SIP. Asked per SIP, since a SIP
 * brings in new actors who may meet the children.
 */
export function activeSipsWithoutChildrenQuestion(db: Db, caller: Caller) {
  return db
    .selectFrom('sip as s')
    .select(['s.id', 's.person_id', 's.activated_on'])
    .where('s.unit_id', '=', caller.unitId!)
    .where('s.status', '=', 'active')
    .where(({ not, exists, selectFrom }) =>
      not(
        exists(
          selectFrom('children_question as q')
            .select('q.id')
            .whereRef('q.record_id', '=', 's.id')
            .where('q.context', '=', 'sip'),
        ),
      ),
    )
    .orderBy('s.activated_on')
    .execute();
}
