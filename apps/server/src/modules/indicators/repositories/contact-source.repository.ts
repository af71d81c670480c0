import { sql } from 'kysely';
import type { Db } from '../../../db/database.ts';
import {
  notOfTestPerson,
  type Period,
  type TestPersonsRule,
  type UnitCount,
} from './indicator-source.repository.ts';

/**
 * Visits and contacts held in the period (decision 0020-c), per organisation and unit; key
 * 'held'. Booked, cancelled and missed (no-show) contacts are not counted. Like every figure it
 * follows the rule for test persons: in production mode no test person's contact counts
 * (0020-d). The partial index on held contacts by day carries the person too, so it answers
 * either way without reading the table.
 */
export async function countHeldContacts(
  db: Db,
  p: Period,
  rule: TestPersonsRule,
): Promise<UnitCount[]> {
  const rows = await db
    .selectFrom('contact as c')
    .where('c.status', '=', 'held')
    .where('c.contact_on', '>=', p.from)
    .where('c.contact_on', '<=', p.to)
    .$if(!rule.includeTestData, (qb) => qb.where(notOfTestPerson('c.person_id')))
    .select([
      'c.organisation_id as organisationId',
      'c.unit_id as unitId',
      sql<number>`count(*)::int`.as('n'),
    ])
    .groupBy(['c.organisation_id', 'c.unit_id'])
    .execute();
  return rows.map((r) => ({ ...r, key: 'held', n: Number(r.n) }));
}
