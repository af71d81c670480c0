import { sql } from 'kysely';
import type { Db } from '../../../db/database.ts';

/**
 * The aggregate reads behind the indicators (F9): counts grouped by organisation and unit for
 * one period, never a row per person. Every period is a closed range of Stockholm days.
 * Times stored as instants (care relations) are turned into Stockholm days first.
 */

export interface Period {
  from: string;
  to: string;
}

/**
 * Whether the figures count test persons and their records: outside production mode only, so
 * the embedded demo (whose persons are all test data) shows a working county, while no test
 * person's record reaches a production figure (0020-d). Passed from the configuration through
 * the routes; never a default.
 */
export interface TestPersonsRule {
  includeTestData: boolean;
}

/**
 * The record's person is no test person: an anti-join on the few test persons (the partial
 * index `person_test_data` holds just them), so a record count reads no more of `person` than
 * that. Added only when the rule leaves test persons out; `personId` is the record's column.
 */
export const notOfTestPerson = (personId: string) =>
  sql<boolean>`not exists (select 1 from person test_person where test_person.id = ${sql.ref(personId)} and test_person.test_data)`;

export interface UnitCount {
  organisationId: string;
  unitId: string | null;
  key: string;
  n: number;
}

const day = (column: string) =>
  sql<string>`(${sql.ref(column)} at time zone 'Europe/Stockholm')::date`;

/** A care relation open on some day of the period (the needs picture counts the same way). */
export const relationOverlaps = (p: Period) =>
  sql<boolean>`${day('cr.opened_at')} <= ${p.to}::date and (cr.closed_at is null or ${day('cr.closed_at')} >= ${p.from}::date)`;

/** Age band at the last day of the period (the bands of AGE_BANDS in @vardflata/domain). */
export const ageBand = (p: Period) => sql<string>`case
  when extract(year from age(${p.to}::date, p.date_of_birth)) < 18 then '0-17'
  when extract(year from age(${p.to}::date, p.date_of_birth)) < 25 then '18-24'
  when extract(year from age(${p.to}::date, p.date_of_birth)) < 35 then '25-34'
  when extract(year from age(${p.to}::date, p.date_of_birth)) < 45 then '35-44'
  when extract(year from age(${p.to}::date, p.date_of_birth)) < 55 then '45-54'
  when extract(year from age(${p.to}::date, p.date_of_birth)) < 65 then '55-64'
  else '65-' end`;

export interface PersonCount {
  /** null on the county's and the receptions' rows. */
  organisationId: string | null;
  /** null on organisation, reception and county rows. */
  unitId: string | null;
  /** An integrated reception's rows; null on every other row. */
  receptionId: string | null;
  /** 'all', 'sex:<sex>' or 'band:<band>'. */
  key: string;
  n: number;
}

/**
 * Distinct persons with a care relation in the period, per unit, organisation, integrated
 * reception and county, by sex and by age band; test persons only when the rule lets them
 * count. Persons are distinct within each scope, so
 * scopes do not add up (a person can be in care at both principals, or at two units of one
 * reception); the breakdowns within a scope do.
 */
export async function countPersons(
  db: Db,
  p: Period,
  rule: TestPersonsRule,
): Promise<PersonCount[]> {
  const rows = await db
    .selectFrom((eb) =>
      eb
        .selectFrom('care_relation as cr')
        .innerJoin('person as p', 'p.id', 'cr.person_id')
        // A unit is in at most one reception (its primary key): no relation is counted twice.
        .leftJoin('integrated_reception_unit as ru', 'ru.unit_id', 'cr.unit_id')
        .where(relationOverlaps(p))
        .$if(!rule.includeTestData, (qb) => qb.where('p.test_data', '=', false))
        .select([
          'cr.organisation_id as org',
          'cr.unit_id as unit',
          'ru.reception_id as rec',
          'cr.person_id as person',
          'p.sex as sex',
          ageBand(p).as('band'),
        ])
        .as('x'),
    )
    .select([
      'x.org as organisationId',
      'x.unit as unitId',
      'x.rec as receptionId',
      'x.sex as sex',
      'x.band as band',
      sql<number>`grouping(x.org, x.unit, x.rec, x.sex, x.band)`.as('g'),
      sql<number>`count(distinct x.person)::int`.as('n'),
    ])
    .groupBy(
      sql`grouping sets (
        (x.org, x.unit), (x.org, x.unit, x.sex), (x.org, x.unit, x.band),
        (x.org), (x.org, x.sex), (x.org, x.band),
        (x.rec), (x.rec, x.sex), (x.rec, x.band),
        (), (x.sex), (x.band))`,
    )
    .execute();
  return rows.flatMap((r) => {
    // grouping() bits, high to low: organisation, unit, reception, sex, band (1 = rolled up).
    const g = Number(r.g);
    const key = (g & 2) === 0 ? `sex:${r.sex}` : (g & 1) === 0 ? `band:${r.band}` : 'all';
    const receptionId = (g & 4) === 0 ? r.receptionId : null;
    // The reception sets' group of relations at units in no reception is no scope.
    if ((g & 4) === 0 && receptionId === null) return [];
    return [
      {
        organisationId: (g & 16) === 0 ? r.organisationId : null,
        unitId: (g & 8) === 0 ? r.unitId : null,
        receptionId,
        key,
        n: Number(r.n),
      },
    ];
  });
}

/** AUDIT and DUDIT screenings by the day they were performed; key = the instrument. */
export async function countScreenings(
  db: Db,
  p: Period,
  rule: TestPersonsRule,
): Promise<UnitCount[]> {
  const rows = await db
    .selectFrom('screening')
    .where('performed_on', '>=', p.from)
    .where('performed_on', '<=', p.to)
    .$if(!rule.includeTestData, (qb) => qb.where(notOfTestPerson('screening.person_id')))
    .select([
      'organisation_id as organisationId',
      'unit_id as unitId',
      'instrument as key',
      sql<number>`count(*)::int`.as('n'),
    ])
    .groupBy(['organisation_id', 'unit_id', 'instrument'])
    .execute();
  return rows.map((r) => ({ ...r, n: Number(r.n) }));
}

/** SIPs activated ('established') and ended ('closed') in the period, at the responsible unit. */
export async function countSipMilestones(
  db: Db,
  p: Period,
  rule: TestPersonsRule,
): Promise<UnitCount[]> {
  const inPeriod = (column: 'activated_on' | 'ended_on') =>
    sql<number>`count(*) filter (where ${sql.ref(column)} between ${p.from}::date and ${p.to}::date)::int`;
  const rows = await db
    .selectFrom('sip')
    .where((eb) =>
      eb.or([eb.between('activated_on', p.from, p.to), eb.between('ended_on', p.from, p.to)]),
    )
    .$if(!rule.includeTestData, (qb) => qb.where(notOfTestPerson('sip.person_id')))
    .select([
      'organisation_id as organisationId',
      'unit_id as unitId',
      inPeriod('activated_on').as('established'),
      inPeriod('ended_on').as('closed'),
    ])
    .groupBy(['organisation_id', 'unit_id'])
    .execute();
  return rows.flatMap((r) => [
    {
      organisationId: r.organisationId,
      unitId: r.unitId,
      key: 'established',
      n: Number(r.established),
    },
    { organisationId: r.organisationId, unitId: r.unitId, key: 'closed', n: Number(r.closed) },
  ]);
}

/** SIPs with at least one follow-up held in the period; key 'followed-up'. */
export async function countSipsFollowedUp(
  db: Db,
  p: Period,
  rule: TestPersonsRule,
): Promise<UnitCount[]> {
  const rows = await db
    .selectFrom('sip')
    .where(({ exists, selectFrom }) =>
      exists(
        selectFrom('sip_follow_up as f')
          .select(sql.lit(1).as('one'))
          .whereRef('f.sip_id', '=', 'sip.id')
          .where('f.held_on', '>=', p.from)
          .where('f.held_on', '<=', p.to),
      ),
    )
    .$if(!rule.includeTestData, (qb) => qb.where(notOfTestPerson('sip.person_id')))
    .select([
      'organisation_id as organisationId',
      'unit_id as unitId',
      sql<number>`count(*)::int`.as('n'),
    ])
    .groupBy(['organisation_id', 'unit_id'])
    .execute();
  return rows.map((r) => ({ ...r, key: 'followed-up', n: Number(r.n) }));
}

export interface MedianRow {
  organisationId: string | null;
  unitId: string | null;
  /** An integrated reception's row; null on every other row. */
  receptionId: string | null;
  n: number;
  median: number | null;
}

/**
 * The grouping sets of every median: per unit, organisation, county and integrated reception.
 * The reception comes from `integrated_reception_unit as ru` left-joined on the unit; the rows
 * must select `grouping(<organisation>, <unit>, ru.reception_id) as g`.
 */
export const medianGroupingSets = (organisation: string, unit: string) =>
  sql`grouping sets ((${sql.ref(organisation)}, ${sql.ref(unit)}), (${sql.ref(organisation)}), (), (ru.reception_id))`;

export const medianGrouping = (organisation: string, unit: string) =>
  sql<number>`grouping(${sql.ref(organisation)}, ${sql.ref(unit)}, ru.reception_id)`;

/** Rows of a query grouped by medianGroupingSets, as MedianRows (no row for "no reception"). */
export function medianRows(
  rows: {
    organisationId: string | null;
    unitId: string | null;
    receptionId: string | null;
    g: number;
    n: number;
    median: unknown;
  }[],
): MedianRow[] {
  return rows.flatMap((r) => {
    // grouping() bits, high to low: organisation, unit, reception (1 = rolled up).
    const g = Number(r.g);
    const receptionId = (g & 1) === 0 ? r.receptionId : null;
    if ((g & 1) === 0 && receptionId === null) return [];
    return [
      {
        organisationId: (g & 4) === 0 ? r.organisationId : null,
        unitId: (g & 2) === 0 ? r.unitId : null,
        receptionId,
        n: Number(r.n),
        median: r.median === null ? null : Number(r.median),
      },
    ];
  });
}

/**
 * Days from proposal to the first meeting HELD (cancelled or merely scheduled meetings do not
 * count), for SIPs whose first held meeting lies in the period: the median and how many SIPs
 * stand behind it, per unit, organisation, integrated reception and county.
 */
export async function medianDaysToFirstMeeting(
  db: Db,
  p: Period,
  rule: TestPersonsRule,
): Promise<MedianRow[]> {
  const rows = await db
    .selectFrom('sip')
    .innerJoin(
      (eb) =>
        eb
          .selectFrom('sip_meeting')
          .where('status', '=', 'held')
          .where('held_on', 'is not', null)
          .select(['sip_id', sql<string>`min(held_on)`.as('first_held')])
          .groupBy('sip_id')
          .as('m'),
      (join) => join.onRef('m.sip_id', '=', 'sip.id'),
    )
    .leftJoin('integrated_reception_unit as ru', 'ru.unit_id', 'sip.unit_id')
    .where(sql<boolean>`m.first_held between ${p.from}::date and ${p.to}::date`)
    .$if(!rule.includeTestData, (qb) => qb.where(notOfTestPerson('sip.person_id')))
    .select([
      'sip.organisation_id as organisationId',
      'sip.unit_id as unitId',
      'ru.reception_id as receptionId',
      medianGrouping('sip.organisation_id', 'sip.unit_id').as('g'),
      sql<number>`count(*)::int`.as('n'),
      sql<
        number | null
      >`percentile_cont(0.5) within group (order by (m.first_held - sip.proposed_on))`.as('median'),
    ])
    .groupBy(medianGroupingSets('sip.organisation_id', 'sip.unit_id'))
    .execute();
  return medianRows(rows);
}
