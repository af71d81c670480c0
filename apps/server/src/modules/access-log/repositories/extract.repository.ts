import { sql } from 'kysely';
import type { Caller } from '../../../access/caller.ts';
import type { Db } from '../../../db/database.ts';

/**
 * The register extract's raw material: the caller's organisation's allowed accesses to the
 * person, counted per Swedish calendar day, place (unit, else organisation) and action.
 */
export function countAccessesByDay(
  db: Db,
  caller: Caller,
  personId: string,
  period: { from?: string | undefined; to?: string | undefined },
) {
  const day = sql<string>`to_char(l.at at time zone 'Europe/Stockholm', 'YYYY-MM-DD')`;
  let query = db
    .selectFrom('access_log as l')
    .leftJoin('unit as u', 'u.id', 'l.unit_id')
    .leftJoin('organisation as o', 'o.id', 'l.organisation_id')
    .select([
      day.as('day'),
      sql<string>`coalesce(u.name, o.name)`.as('place'),
      'l.action',
      (eb) => eb.fn.countAll<string>().as('n'),
      (eb) => eb.fn.min('l.at').as('first_at'),
      (eb) => eb.fn.max('l.at').as('last_at'),
    ])
    .where('l.person_id', '=', personId)
    .where('l.organisation_id', '=', caller.organisationId)
    .where('l.outcome', '=', 'allowed');
  if (period.from) {
    query = query.where(
      'l.at',
      '>=',
      sql<Date>`(${period.from}::date)::timestamp at time zone 'Europe/Stockholm'`,
    );
  }
  if (period.to) {
    query = query.where(
      'l.at',
      '<',
      sql<Date>`(${period.to}::date + 1)::timestamp at time zone 'Europe/Stockholm'`,
    );
  }
  return query
    .groupBy([day, sql`coalesce(u.name, o.name)`, 'l.action'])
    .orderBy(day, 'desc')
    .execute();
}

export type AccessCount = Awaited<ReturnType<typeof countAccessesByDay>>[number];
