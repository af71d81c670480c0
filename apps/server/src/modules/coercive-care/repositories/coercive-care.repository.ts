import { sql, type Insertable, type Selectable } from 'kysely';
import type { Caller } from '../../../access/caller.ts';
import { personVisible, recordGround } from '../../../access/policy.ts';
import type { Db } from '../../../db/database.ts';
import type { CoerciveCareProcessTable, CoerciveCareStepTable } from '../../../db/schema.ts';

export type ProcessGround = 'own-organisation' | 'consent' | 'emergency';

export type ProcessRow = Selectable<CoerciveCareProcessTable> & {
  organisation_name: string;
  unit_name: string;
  started_by_name: string;
  ground: ProcessGround;
};

export type StepRow = Selectable<CoerciveCareStepTable> & { done_by_name: string };

const ground = (caller: Caller) =>
  recordGround(caller, sql.ref('p.person_id'), sql.ref('p.organisation_id'));

/**
 * Processes the caller may see, under the rule of every care-chain record (decision 0004): of a
 * person the caller sees, started by the caller's organisation, or seen under the person's
 * information-sharing consent or an emergency access. Of one person, one by id, or the open
 * ones of the caller's unit; newest first.
 */
export async function visibleProcesses(
  db: Db,
  caller: Caller,
  filter: { personId?: string; id?: string; openOfUnit?: boolean },
): Promise<ProcessRow[]> {
  const rows = await db
    .selectFrom('coercive_care_process as p')
    .innerJoin('organisation as o', 'o.id', 'p.organisation_id')
    .innerJoin('unit as u', 'u.id', 'p.unit_id')
    .innerJoin('staff as st', 'st.id', 'p.started_by')
    .selectAll('p')
    .select([
      'o.name as organisation_name',
      'u.name as unit_name',
      'st.name as started_by_name',
      ground(caller).as('ground'),
    ])
    .$if(filter.personId !== undefined, (q) => q.where('p.person_id', '=', filter.personId!))
    .$if(filter.id !== undefined, (q) => q.where('p.id', '=', filter.id!))
    .$if(filter.openOfUnit === true, (q) =>
      q.where('p.unit_id', '=', caller.unitId!).where('p.ended_on', 'is', null),
    )
    .where(personVisible(caller, sql.ref('p.person_id')))
    .where(sql<boolean>`${ground(caller)} is not null`)
    .orderBy('p.started_on', 'desc')
    .orderBy('p.created_at', 'desc')
    .execute();
  return rows as ProcessRow[];
}

/** The recorded steps of the processes, oldest first (so the last of a repeating one wins). */
export async function stepsOf(db: Db, processIds: string[]): Promise<StepRow[]> {
  if (processIds.length === 0) return [];
  return db
    .selectFrom('coercive_care_step as s')
    .innerJoin('staff as st', 'st.id', 's.done_by')
    .selectAll('s')
    .select('st.name as done_by_name')
    .where('s.process_id', 'in', processIds)
    .orderBy('s.done_on')
    .orderBy('s.recorded_at')
    .execute();
}

export async function insertProcess(
  trx: Db,
  values: Insertable<CoerciveCareProcessTable>,
): Promise<string> {
  const { id } = await trx
    .insertInto('coercive_care_process')
    .values(values)
    .returning('id')
    .executeTakeFirstOrThrow();
  return id;
}

export async function insertStep(trx: Db, values: Insertable<CoerciveCareStepTable>) {
  await trx.insertInto('coercive_care_step').values(values).execute();
}

export async function endProcess(trx: Db, id: string, endedOn: string) {
  await trx
    .updateTable('coercive_care_process')
    .set({ ended_on: endedOn })
    .where('id', '=', id)
    .execute();
}

/** Whose process it is, seen or not (to log a refused attempt), and a row lock. */
export async function lockProcess(trx: Db, id: string) {
  const row = await trx
    .selectFrom('coercive_care_process')
    .select('person_id')
    .where('id', '=', id)
    .forUpdate()
    .executeTakeFirst();
  return row?.person_id ?? null;
}

export async function findProcessPersonId(db: Db, id: string) {
  const row = await db
    .selectFrom('coercive_care_process')
    .select('person_id')
    .where('id', '=', id)
    .executeTakeFirst();
  return row?.person_id ?? null;
}

/**
 * The worklist's processes: open ones of the caller's unit, of persons the unit has an open
 * care relation with, with their steps (the limits are computed from them).
 */
export async function openProcessesOfUnit(db: Db, caller: Caller) {
  const processes = await db
    .selectFrom('coercive_care_process as p')
    .innerJoin('care_relation as cr', (j) =>
      j
        .onRef('cr.person_id', '=', 'p.person_id')
        .on('cr.unit_id', '=', caller.unitId!)
        .on('cr.closed_at', 'is', null),
    )
    .select(['p.id', 'p.person_id', 'p.kind'])
    .distinct()
    .where('p.unit_id', '=', caller.unitId!)
    .where('p.ended_on', 'is', null)
    .execute();
  const steps = await db
    .selectFrom('coercive_care_step')
    .select(['process_id', 'step', 'done_on'])
    .where(
      'process_id',
      'in',
      processes.length ? processes.map((p) => p.id) : ['00000000-0000-0000-0000-000000000000'],
    )
    .orderBy('done_on')
    .execute();
  return { processes, steps };
}
