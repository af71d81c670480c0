import { sql, type Insertable, type Selectable } from 'kysely';
import type { Caller } from '../../../access/caller.ts';
import { personVisible, recordGround } from '../../../access/policy.ts';
import type { Db } from '../../../db/database.ts';
import type { InterventionTable } from '../../../db/schema.ts';

export type InterventionGround = 'own-organisation' | 'consent' | 'emergency';

export type InterventionRow = Selectable<InterventionTable> & {
  organisation_name: string;
  organisation_kind: 'region' | 'municipality' | 'private-provider';
  unit_name: string;
  recorded_by_name: string;
  ground: InterventionGround;
};

const ground = (caller: Caller) =>
  recordGround(caller, sql.ref('i.person_id'), sql.ref('i.organisation_id'));

/**
 * Interventions the caller may see (decision 0004): of a person the caller sees, written by the
 * caller's organisation or seen under an information-sharing consent or emergency access; of one
 * person or one by id; newest start first.
 */
export async function visibleInterventions(
  db: Db,
  caller: Caller,
  filter: { personId?: string; id?: string },
): Promise<InterventionRow[]> {
  const rows = await db
    .selectFrom('intervention as i')
    .innerJoin('organisation as o', 'o.id', 'i.organisation_id')
    .innerJoin('unit as u', 'u.id', 'i.unit_id')
    .innerJoin('staff as st', 'st.id', 'i.recorded_by')
    .selectAll('i')
    .select([
      'o.name as organisation_name',
      'o.kind as organisation_kind',
      'u.name as unit_name',
      'st.name as recorded_by_name',
      ground(caller).as('ground'),
    ])
    .$if(filter.personId !== undefined, (q) => q.where('i.person_id', '=', filter.personId!))
    .$if(filter.id !== undefined, (q) => q.where('i.id', '=', filter.id!))
    .where(personVisible(caller, sql.ref('i.person_id')))
    .where(sql<boolean>`${ground(caller)} is not null`)
    .orderBy('i.start_on', 'desc')
    .orderBy('i.recorded_at', 'desc')
    .execute();
  return rows as InterventionRow[];
}

export async function insertIntervention(
  trx: Db,
  values: Insertable<InterventionTable>,
): Promise<string> {
  const { id } = await trx
    .insertInto('intervention')
    .values(values)
    .returning('id')
    .executeTakeFirstOrThrow();
  return id;
}

export async function endIntervention(
  trx: Db,
  id: string,
  values: {
    endOn: string;
    outcome: NonNullable<InterventionTable['outcome']>;
    note: string | null;
  },
) {
  await trx
    .updateTable('intervention')
    .set({ end_on: values.endOn, outcome: values.outcome, outcome_note: values.note })
    .where('id', '=', id)
    .execute();
}

/** Whose intervention it is, seen or not (to log a refused attempt), and a row lock. */
export async function lockIntervention(trx: Db, id: string) {
  const row = await trx
    .selectFrom('intervention')
    .select('person_id')
    .where('id', '=', id)
    .forUpdate()
    .executeTakeFirst();
  return row?.person_id ?? null;
}

export async function findInterventionPersonId(db: Db, id: string) {
  const row = await db
    .selectFrom('intervention')
    .select('person_id')
    .where('id', '=', id)
    .executeTakeFirst();
  return row?.person_id ?? null;
}

/**
 * The worklist's interventions: ongoing ones of the caller's unit whose planned end has passed
 * without an outcome, of persons the unit has an open care relation with.
 */
export function interventionsPastPlannedEnd(db: Db, caller: Caller, today: string) {
  return db
    .selectFrom('intervention as i')
    .innerJoin('care_relation as cr', (j) =>
      j
        .onRef('cr.person_id', '=', 'i.person_id')
        .on('cr.unit_id', '=', caller.unitId!)
        .on('cr.closed_at', 'is', null),
    )
    .select(['i.id', 'i.person_id', 'i.planned_end_on', 'i.category', 'i.method'])
    .where('i.unit_id', '=', caller.unitId!)
    .where('i.end_on', 'is', null)
    .where('i.planned_end_on', '<', today)
    .orderBy('i.planned_end_on')
    .execute();
}
