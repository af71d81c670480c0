import { sql, type Insertable, type Selectable } from 'kysely';
import type { Caller } from '../../access/caller.ts';
import { personVisible, recordGround } from '../../access/policy.ts';
import type { Db } from '../../db/database.ts';
import type { CareCaseTable, CaseManagerTable } from '../../db/schema.ts';

type Ground = 'own-organisation' | 'consent' | 'emergency';
export type CaseRow = Selectable<CareCaseTable> & { unit_name: string; ground: Ground };

const caseGround = (caller: Caller) =>
  recordGround(caller, sql.ref('c.person_id'), sql.ref('c.organisation_id'));

/** Cases the caller may see (decision 0004), of a person or one by id, newest first. */
export async function visibleCases(
  db: Db,
  caller: Caller,
  filter: { personId?: string; id?: string },
): Promise<CaseRow[]> {
  const rows = await db
    .selectFrom('care_case as c')
    .innerJoin('unit as u', 'u.id', 'c.unit_id')
    .selectAll('c')
    .select(['u.name as unit_name', caseGround(caller).as('ground')])
    .$if(filter.personId !== undefined, (q) => q.where('c.person_id', '=', filter.personId!))
    .$if(filter.id !== undefined, (q) => q.where('c.id', '=', filter.id!))
    .where(personVisible(caller, sql.ref('c.person_id')))
    .where(sql<boolean>`${caseGround(caller)} is not null`)
    .orderBy('c.opened_on', 'desc')
    .orderBy('c.recorded_at', 'desc')
    .execute();
  return rows as CaseRow[];
}

/** The case at the unit: an open one, and whether a closed one exists (a return). */
export async function casesAtUnit(db: Db, personId: string, unitId: string) {
  const rows = await db
    .selectFrom('care_case')
    .select(['id', 'closed_on'])
    .where('person_id', '=', personId)
    .where('unit_id', '=', unitId)
    .execute();
  return {
    open: rows.some((r) => r.closed_on === null),
    closedBefore: rows.some((r) => r.closed_on !== null),
  };
}

export async function insertCase(trx: Db, values: Insertable<CareCaseTable>) {
  const { id } = await trx
    .insertInto('care_case')
    .values(values)
    .returning('id')
    .executeTakeFirstOrThrow();
  return id;
}

export async function closeCase(trx: Db, id: string, closedOn: string, outcome: string) {
  await trx
    .updateTable('care_case')
    .set({ closed_on: closedOn, outcome: outcome as CareCaseTable['outcome'] })
    .where('id', '=', id)
    .execute();
}

export async function lockCase(trx: Db, id: string) {
  await trx.selectFrom('care_case').select('id').where('id', '=', id).forUpdate().execute();
}

export async function findCasePersonId(db: Db, id: string) {
  const row = await db
    .selectFrom('care_case')
    .select('person_id')
    .where('id', '=', id)
    .executeTakeFirst();
  return row?.person_id ?? null;
}

/** The active case manager of the person in the caller's organisation. */
export function activeCaseManager(db: Db, caller: Caller, personId: string) {
  return db
    .selectFrom('case_manager as m')
    .innerJoin('unit as u', 'u.id', 'm.unit_id')
    .leftJoin('staff as s', 's.id', 'm.staff_id')
    .selectAll('m')
    .select(['u.name as unit_name', 's.name as staff_name'])
    .where('m.person_id', '=', personId)
    .where('m.organisation_id', '=', caller.organisationId!)
    .where('m.ended_on', 'is', null)
    .executeTakeFirst();
}

/** Ends the person's active case manager in the organisation, then records the new one. */
export async function replaceCaseManager(
  trx: Db,
  values: Insertable<CaseManagerTable> & { person_id: string; organisation_id: string },
) {
  await trx
    .updateTable('case_manager')
    .set({ ended_on: values.assigned_on })
    .where('person_id', '=', values.person_id)
    .where('organisation_id', '=', values.organisation_id)
    .where('ended_on', 'is', null)
    .execute();
  await trx.insertInto('case_manager').values(values).execute();
}

/** "My persons": those the caller is the active case manager of, visible to the caller. */
export function myCaseManagedPersons(db: Db, caller: Caller) {
  return db
    .selectFrom('case_manager as m')
    .innerJoin('person as p', 'p.id', 'm.person_id')
    .select([
      'm.person_id',
      'm.kind',
      'm.assigned_on',
      'p.personal_identity_number',
      'p.given_name',
      'p.family_name',
      'p.protected_identity',
    ])
    .where('m.staff_id', '=', caller.staffId)
    .where('m.ended_on', 'is', null)
    .where(personVisible(caller, sql.ref('m.person_id')))
    .orderBy('p.family_name')
    .orderBy('p.given_name')
    .execute();
}

/** The unit's cases opened, reopened and closed in a period (F8). */
export async function caseCounts(db: Db, unitId: string, from: string, to: string) {
  const row = await db
    .selectFrom('care_case')
    .select([
      sql<number>`count(*) filter (where opened_on between ${from} and ${to})::int`.as('opened'),
      sql<number>`count(*) filter (where reopened and opened_on between ${from} and ${to})::int`.as(
        'reopened',
      ),
      sql<number>`count(*) filter (where closed_on between ${from} and ${to})::int`.as('closed'),
    ])
    .where('unit_id', '=', unitId)
    .executeTakeFirstOrThrow();
  return row;
}
