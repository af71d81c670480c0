import { sql, type Expression, type SqlBool } from 'kysely';
import type { NeedsPrincipal } from '@vardflata/domain';
import type { Db } from '../../../db/database.ts';
import {
  ageBand,
  relationOverlaps,
  type Period,
  type TestPersonsRule,
} from '../../indicators/repositories/indicator-source.repository.ts';

/**
 * The aggregate reads behind the needs picture (F11): distinct persons per figure for one
 * period and one principal (or both jointly), never a row per person. Test persons count only
 * when the rule lets them (outside production mode, 0020-d). Keys are the figure codes of
 * NEEDS_FIGURES in @vardflata/domain.
 */
export type Counts = Map<string, number>;

/** The records of the principal's organisations; every organisation when jointly. */
const ofPrincipal = (column: string, principal: NeedsPrincipal): Expression<SqlBool> =>
  principal === 'joint'
    ? sql<SqlBool>`true`
    : sql<SqlBool>`exists (select 1 from organisation o where o.id = ${sql.ref(column)} and o.kind = ${principal})`;

/** Persons in care at the principal on some day of the period: all, by sex, by age band. */
export async function countTargetGroup(
  db: Db,
  p: Period,
  principal: NeedsPrincipal,
  rule: TestPersonsRule,
) {
  const rows = await db
    .selectFrom((eb) =>
      eb
        .selectFrom('care_relation as cr')
        .innerJoin('person as p', 'p.id', 'cr.person_id')
        .$if(!rule.includeTestData, (qb) => qb.where('p.test_data', '=', false))
        .where(relationOverlaps(p))
        .where(ofPrincipal('cr.organisation_id', principal))
        .select(['cr.person_id as person', 'p.sex as sex', ageBand(p).as('band')])
        .distinct()
        .as('x'),
    )
    .select([
      'x.sex as sex',
      'x.band as band',
      sql<number>`grouping(x.sex, x.band)`.as('g'),
      sql<number>`count(distinct x.person)::int`.as('n'),
    ])
    .groupBy(sql`grouping sets ((), (x.sex), (x.band))`)
    .execute();
  const counts: Counts = new Map();
  for (const r of rows) {
    // grouping() bits: sex, band (1 = rolled up).
    const g = Number(r.g);
    const code = g === 3 ? 'persons' : (g & 2) === 0 ? `sex-${r.sex}` : `age-${r.band}`;
    counts.set(code, Number(r.n));
  }
  return counts;
}

/**
 * Dependence assessments performed in the period: persons assessed at all, and per substance
 * class persons for whom the checklist was met (ICD-10 dependence, DSM-IV dependence or abuse,
 * DSM-5 mild or worse — the gambling checklist included).
 */
export async function countSubstances(
  db: Db,
  p: Period,
  principal: NeedsPrincipal,
  rule: TestPersonsRule,
) {
  const met = sql<SqlBool>`(a.result->>'dependence' = 'true'
    or a.result->>'diagnosis' in ('dependence', 'abuse')
    or a.result->>'severity' in ('mild', 'moderate', 'severe'))`;
  const rows = await db
    .selectFrom('assessment as a')
    .innerJoin('person as p', 'p.id', 'a.person_id')
    .$if(!rule.includeTestData, (qb) => qb.where('p.test_data', '=', false))
    .where('a.kind', '=', 'criteria')
    .where('a.performed_on', '>=', p.from)
    .where('a.performed_on', '<=', p.to)
    .where(ofPrincipal('a.organisation_id', principal))
    .select([
      sql<string | null>`a.data->>'substanceClass'`.as('substance'),
      sql<number>`grouping(a.data->>'substanceClass')`.as('g'),
      sql<number>`count(distinct a.person_id)::int`.as('assessed'),
      sql<number>`count(distinct a.person_id) filter (where ${met})::int`.as('met'),
    ])
    .groupBy(sql`grouping sets ((), (a.data->>'substanceClass'))`)
    .execute();
  const counts: Counts = new Map();
  for (const r of rows) {
    if (Number(r.g) === 1) counts.set('criteria-assessed', Number(r.assessed));
    else counts.set(`substance-${r.substance}`, Number(r.met));
  }
  return counts;
}

const asiRating = (area: string) =>
  sql<
    number | null
  >`case when jsonb_typeof(a.data->'areas'->${area}->'interviewerRating') = 'number'
    then (a.data->'areas'->${area}->>'interviewerRating')::numeric end`;

/** ASI interviews in the period: persons interviewed, and rated 4 or more in mental and physical health. */
export async function countComorbidity(
  db: Db,
  p: Period,
  principal: NeedsPrincipal,
  rule: TestPersonsRule,
) {
  const r = await db
    .selectFrom('assessment as a')
    .innerJoin('person as p', 'p.id', 'a.person_id')
    .$if(!rule.includeTestData, (qb) => qb.where('p.test_data', '=', false))
    .where('a.kind', '=', 'asi')
    .where('a.performed_on', '>=', p.from)
    .where('a.performed_on', '<=', p.to)
    .where(ofPrincipal('a.organisation_id', principal))
    .select([
      sql<number>`count(distinct a.person_id)::int`.as('assessed'),
      sql<number>`count(distinct a.person_id) filter (where ${asiRating('mentalHealth')} >= 4)::int`.as(
        'mental',
      ),
      sql<number>`count(distinct a.person_id) filter (where ${asiRating('physicalHealth')} >= 4)::int`.as(
        'physical',
      ),
    ])
    .executeTakeFirstOrThrow();
  return new Map([
    ['asi-assessed', Number(r.assessed)],
    ['comorbidity-mental', Number(r.mental)],
    ['comorbidity-physical', Number(r.physical)],
  ]) as Counts;
}

/** Persons with housing support (psychosocial support, method housing) ongoing in the period. */
export async function countHousingSupport(
  db: Db,
  p: Period,
  principal: NeedsPrincipal,
  rule: TestPersonsRule,
) {
  const r = await db
    .selectFrom('intervention as i')
    .innerJoin('person as p', 'p.id', 'i.person_id')
    .$if(!rule.includeTestData, (qb) => qb.where('p.test_data', '=', false))
    .where('i.category', '=', 'psychosocial-support')
    .where('i.method', '=', 'housing')
    .where('i.start_on', '<=', p.to)
    .where((eb) => eb.or([eb('i.end_on', 'is', null), eb('i.end_on', '>=', p.from)]))
    .where(ofPrincipal('i.organisation_id', principal))
    .select(sql<number>`count(distinct i.person_id)::int`.as('n'))
    .executeTakeFirstOrThrow();
  return new Map([['housing-support', Number(r.n)]]) as Counts;
}
