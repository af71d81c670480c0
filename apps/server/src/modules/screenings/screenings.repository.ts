import { sql } from 'kysely';
import type { Assessment, AssessmentKind, Screening } from '@vardflata/contracts';
import type { Caller } from '../../access/caller.ts';
import { recordGround } from '../../access/policy.ts';
import type { Db } from '../../db/database.ts';
import { toIso } from '../../util/time.ts';

type Ground = 'own-organisation' | 'consent' | 'emergency';

/** Screenings of a person the caller may see (own organisation, consent, emergency). */
export async function visibleScreenings(db: Db, caller: Caller, personId: string, id?: string) {
  const rows = await db
    .selectFrom('screening as s')
    .innerJoin('staff as st', 'st.id', 's.recorded_by')
    .innerJoin('organisation as o', 'o.id', 's.organisation_id')
    .leftJoin('unit as u', 'u.id', 's.unit_id')
    .selectAll('s')
    .select([
      'st.name as recorded_by_name',
      'o.name as organisation_name',
      'u.name as unit_name',
      recordGround(caller, sql.ref('s.person_id'), sql.ref('s.organisation_id')).as('ground'),
    ])
    .where('s.person_id', '=', personId)
    .$if(id !== undefined, (q) => q.where('s.id', '=', id!))
    .where(
      sql<boolean>`${recordGround(caller, sql.ref('s.person_id'), sql.ref('s.organisation_id'))} is not null`,
    )
    .orderBy('s.performed_on', 'desc')
    .orderBy('s.recorded_at', 'desc')
    .execute();
  return rows.map((r) => ({ ground: r.ground as Ground, screening: toScreening(r) }));
}

function toScreening(r: {
  id: string;
  person_id: string;
  instrument: 'AUDIT' | 'DUDIT';
  definition_version: string;
  answers: number[];
  points: number[];
  total: number;
  interpretation: Record<string, unknown>;
  performed_on: string;
  filled_in_by: 'staff' | 'person';
  recorded_at: Date;
  recorded_by: string;
  recorded_by_name: string;
  unit_name: string | null;
  organisation_id: string;
  organisation_name: string;
}): Screening {
  return {
    id: r.id,
    personId: r.person_id,
    instrument: r.instrument,
    definitionVersion: r.definition_version,
    answers: r.answers,
    points: r.points,
    total: r.total,
    interpretation: r.interpretation,
    performedAt: r.performed_on,
    filledInBy: r.filled_in_by,
    recordedAt: toIso(r.recorded_at),
    recordedBy: r.recorded_by,
    recordedByName: r.recorded_by_name,
    unitName: r.unit_name,
    organisationId: r.organisation_id,
    organisationName: r.organisation_name,
  };
}

export async function insertScreening(
  trx: Db,
  caller: Caller,
  values: {
    personId: string;
    instrument: 'AUDIT' | 'DUDIT';
    definitionVersion: string;
    answers: number[];
    points: number[];
    total: number;
    interpretation: object;
    performedOn: string;
    filledInBy: 'staff' | 'person';
  },
): Promise<string> {
  const { id } = await trx
    .insertInto('screening')
    .values({
      person_id: values.personId,
      instrument: values.instrument,
      definition_version: values.definitionVersion,
      answers: JSON.stringify(values.answers),
      points: JSON.stringify(values.points),
      total: values.total,
      interpretation: JSON.stringify(values.interpretation),
      performed_on: values.performedOn,
      filled_in_by: values.filledInBy,
      recorded_by: caller.staffId,
      unit_id: caller.unitId,
      organisation_id: caller.organisationId!,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  return id;
}

/** Assessments (ASI, criteria, drug tests, violence and lifestyle questions) the caller may see. */
export async function visibleAssessments(
  db: Db,
  caller: Caller,
  personId: string,
  filter: { kind?: AssessmentKind | undefined; id?: string | undefined } = {},
) {
  const ground = recordGround(caller, sql.ref('a.person_id'), sql.ref('a.organisation_id'));
  const rows = await db
    .selectFrom('assessment as a')
    .innerJoin('staff as st', 'st.id', 'a.recorded_by')
    .innerJoin('organisation as o', 'o.id', 'a.organisation_id')
    .leftJoin('unit as u', 'u.id', 'a.unit_id')
    .selectAll('a')
    .select([
      'st.name as recorded_by_name',
      'o.name as organisation_name',
      'u.name as unit_name',
      ground.as('ground'),
    ])
    .where('a.person_id', '=', personId)
    .$if(filter.kind !== undefined, (q) => q.where('a.kind', '=', filter.kind!))
    .$if(filter.id !== undefined, (q) => q.where('a.id', '=', filter.id!))
    .where(sql<boolean>`${ground} is not null`)
    .orderBy('a.performed_on', 'desc')
    .orderBy('a.recorded_at', 'desc')
    .execute();
  return rows.map((r) => ({
    ground: r.ground as Ground,
    followsId: r.follows_id,
    assessment: {
      id: r.id,
      personId: r.person_id,
      kind: r.kind,
      performedOn: r.performed_on,
      data: r.data,
      result: r.result,
      recordedAt: toIso(r.recorded_at),
      recordedBy: r.recorded_by,
      recordedByName: r.recorded_by_name,
      unitName: r.unit_name,
      organisationId: r.organisation_id,
      organisationName: r.organisation_name,
    } satisfies Assessment,
  }));
}

export async function insertAssessment(
  trx: Db,
  caller: Caller,
  values: {
    personId: string;
    kind: AssessmentKind;
    performedOn: string;
    data: object;
    result: object;
    followsId?: string | null;
  },
): Promise<string> {
  const { id } = await trx
    .insertInto('assessment')
    .values({
      person_id: values.personId,
      kind: values.kind,
      performed_on: values.performedOn,
      data: JSON.stringify(values.data),
      result: JSON.stringify(values.result),
      follows_id: values.followsId ?? null,
      recorded_by: caller.staffId,
      unit_id: caller.unitId,
      organisation_id: caller.organisationId!,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  return id;
}

/** Whose screening it is, whether or not the caller may see it (to check and log the access). */
export function findScreeningPersonId(db: Db, screeningId: string) {
  return db
    .selectFrom('screening')
    .select('person_id')
    .where('id', '=', screeningId)
    .executeTakeFirst();
}
