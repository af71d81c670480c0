import { sql } from 'kysely';
import type { Db } from '../../../db/database.ts';
import {
  medianGrouping,
  medianGroupingSets,
  medianRows,
  notOfTestPerson,
  type MedianRow,
  type Period,
  type TestPersonsRule,
  type UnitCount,
} from './indicator-source.repository.ts';

/**
 * The aggregate reads of the care-chain indicators (issue 10): counts grouped by organisation
 * and unit, and medians per unit, organisation, integrated reception and county, for one period. Never a row per
 * person. Instants (referrals, withdrawal requests) are turned into Stockholm days first.
 * Like every figure they follow the rule for test persons: in production mode no test person's
 * record counts (0020-d).
 */

const day = (column: string) =>
  sql<string>`(${sql.ref(column)} at time zone 'Europe/Stockholm')::date`;

/**
 * Interventions ongoing on some day of the period, by kind: 'medication', 'group' and
 * 'individual' (psychosocial treatment by setting), 'laro-lvm' (LARO under LVM).
 */
export async function countInterventions(
  db: Db,
  p: Period,
  rule: TestPersonsRule,
): Promise<UnitCount[]> {
  const n = (condition: ReturnType<typeof sql<boolean>>) =>
    sql<number>`count(*) filter (where ${condition})::int`;
  const rows = await db
    .selectFrom('intervention as i')
    .where('i.start_on', '<=', p.to)
    .where((eb) => eb.or([eb('i.end_on', 'is', null), eb('i.end_on', '>=', p.from)]))
    .$if(!rule.includeTestData, (qb) => qb.where(notOfTestPerson('i.person_id')))
    .select([
      'i.organisation_id as organisationId',
      'i.unit_id as unitId',
      n(sql<boolean>`i.category = 'medication'`).as('medication'),
      n(sql<boolean>`i.category = 'psychosocial-treatment' and i.setting = 'group'`).as('grp'),
      n(sql<boolean>`i.category = 'psychosocial-treatment' and i.setting = 'individual'`).as(
        'individual',
      ),
      n(sql<boolean>`i.category = 'laro' and i.legal_form = 'lvm'`).as('laroLvm'),
    ])
    .groupBy(['i.organisation_id', 'i.unit_id'])
    .execute();
  return rows.flatMap((r) =>
    (
      [
        ['medication', r.medication],
        ['group', r.grp],
        ['individual', r.individual],
        ['laro-lvm', r.laroLvm],
      ] as const
    ).map(([key, value]) => ({
      organisationId: r.organisationId,
      unitId: r.unitId,
      key,
      n: Number(value),
    })),
  );
}

/** Children in a circle given at least one support in the period; key 'children-supported'. */
export async function countChildrenSupported(
  db: Db,
  p: Period,
  rule: TestPersonsRule,
): Promise<UnitCount[]> {
  const rows = await db
    .selectFrom('circle_member as m')
    .where('m.kind', '=', 'child')
    .where(({ exists, selectFrom }) =>
      exists(
        selectFrom('circle_support as s')
          .select(sql.lit(1).as('one'))
          .whereRef('s.member_id', '=', 'm.id')
          .where('s.given_on', '>=', p.from)
          .where('s.given_on', '<=', p.to),
      ),
    )
    .$if(!rule.includeTestData, (qb) => qb.where(notOfTestPerson('m.person_id')))
    .select([
      'm.organisation_id as organisationId',
      'm.unit_id as unitId',
      sql<number>`count(*)::int`.as('n'),
    ])
    .groupBy(['m.organisation_id', 'm.unit_id'])
    .execute();
  return rows.map((r) => ({ ...r, key: 'children-supported', n: Number(r.n) }));
}

/** Cases of case management: 'closed' on the day closed, 'reopened' on the day opened. */
export async function countCareCases(
  db: Db,
  p: Period,
  rule: TestPersonsRule,
): Promise<UnitCount[]> {
  const rows = await db
    .selectFrom('care_case as c')
    .where((eb) =>
      eb.or([
        eb.between('c.closed_on', p.from, p.to),
        eb.and([eb('c.reopened', '=', true), eb.between('c.opened_on', p.from, p.to)]),
      ]),
    )
    .$if(!rule.includeTestData, (qb) => qb.where(notOfTestPerson('c.person_id')))
    .select([
      'c.organisation_id as organisationId',
      'c.unit_id as unitId',
      sql<number>`count(*) filter (where c.closed_on between ${p.from}::date and ${p.to}::date)::int`.as(
        'closed',
      ),
      sql<number>`count(*) filter (where c.reopened and c.opened_on between ${p.from}::date and ${p.to}::date)::int`.as(
        'reopened',
      ),
    ])
    .groupBy(['c.organisation_id', 'c.unit_id'])
    .execute();
  return rows.flatMap((r) => [
    { organisationId: r.organisationId, unitId: r.unitId, key: 'closed', n: Number(r.closed) },
    { organisationId: r.organisationId, unitId: r.unitId, key: 'reopened', n: Number(r.reopened) },
  ]);
}

/** Days from sending to answer for referrals answered in the period, at the receiving unit. */
export async function medianDaysReferralAnswer(
  db: Db,
  p: Period,
  rule: TestPersonsRule,
): Promise<MedianRow[]> {
  const answered = day('r.answered_at');
  const rows = await db
    .selectFrom('referral as r')
    .leftJoin('integrated_reception_unit as ru', 'ru.unit_id', 'r.to_unit_id')
    .where('r.answered_at', 'is not', null)
    .where(sql<boolean>`${answered} between ${p.from}::date and ${p.to}::date`)
    .$if(!rule.includeTestData, (qb) => qb.where(notOfTestPerson('r.person_id')))
    .select([
      'r.to_organisation_id as organisationId',
      'r.to_unit_id as unitId',
      'ru.reception_id as receptionId',
      medianGrouping('r.to_organisation_id', 'r.to_unit_id').as('g'),
      sql<number>`count(*)::int`.as('n'),
      sql<
        number | null
      >`percentile_cont(0.5) within group (order by (${answered} - ${day('r.sent_at')}))`.as(
        'median',
      ),
    ])
    .groupBy(medianGroupingSets('r.to_organisation_id', 'r.to_unit_id'))
    .execute();
  return medianRows(rows);
}

/** Days from request to admission for withdrawal-bed requests admitted in the period. */
export async function medianDaysWithdrawalWait(
  db: Db,
  p: Period,
  rule: TestPersonsRule,
): Promise<MedianRow[]> {
  const admitted = day('w.admitted_at');
  const rows = await db
    .selectFrom('withdrawal_request as w')
    .innerJoin('unit as u', 'u.id', 'w.bed_unit_id')
    .leftJoin('integrated_reception_unit as ru', 'ru.unit_id', 'w.bed_unit_id')
    .where('w.admitted_at', 'is not', null)
    .where(sql<boolean>`${admitted} between ${p.from}::date and ${p.to}::date`)
    .$if(!rule.includeTestData, (qb) => qb.where(notOfTestPerson('w.person_id')))
    .select([
      'u.organisation_id as organisationId',
      'w.bed_unit_id as unitId',
      'ru.reception_id as receptionId',
      medianGrouping('u.organisation_id', 'w.bed_unit_id').as('g'),
      sql<number>`count(*)::int`.as('n'),
      sql<
        number | null
      >`percentile_cont(0.5) within group (order by (${admitted} - ${day('w.requested_at')}))`.as(
        'median',
      ),
    ])
    .groupBy(medianGroupingSets('u.organisation_id', 'w.bed_unit_id'))
    .execute();
  return medianRows(rows);
}
