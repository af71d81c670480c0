import { sql } from 'kysely';
import type { Db } from '../../db/database.ts';

/** Reading the access log for review (loggkontroll); appending is audit/access-log.ts's. */

export interface AccessLogFilter {
  personId?: string | undefined;
  userId?: string | undefined;
  unitId?: string | undefined;
  ground?: string | undefined;
  outcome?: 'allowed' | 'denied' | undefined;
  from?: string | undefined;
  to?: string | undefined;
  sample?: number | undefined;
  limit: number;
  offset: number;
}

/** The rows of one organisation that match the filter, one page (or a random sample), with
 * the total count of matching rows. */
export async function reviewRows(db: Db, organisationId: string | null, filter: AccessLogFilter) {
  let query = db
    .selectFrom('access_log as l')
    .leftJoin('staff as s', 's.id', 'l.user_id')
    .leftJoin('unit as u', 'u.id', 'l.unit_id')
    .leftJoin('organisation as o', 'o.id', 'l.organisation_id')
    .leftJoin('person as p', 'p.id', 'l.person_id')
    .where('l.organisation_id', '=', organisationId);
  if (filter.personId) query = query.where('l.person_id', '=', filter.personId);
  if (filter.userId) query = query.where('l.user_id', '=', filter.userId);
  if (filter.unitId) query = query.where('l.unit_id', '=', filter.unitId);
  if (filter.ground) query = query.where('l.ground', '=', filter.ground);
  if (filter.outcome) query = query.where('l.outcome', '=', filter.outcome);
  // Periods are Swedish calendar days.
  if (filter.from) {
    query = query.where(
      'l.at',
      '>=',
      sql<Date>`(${filter.from}::date)::timestamp at time zone 'Europe/Stockholm'`,
    );
  }
  if (filter.to) {
    query = query.where(
      'l.at',
      '<',
      sql<Date>`(${filter.to}::date + 1)::timestamp at time zone 'Europe/Stockholm'`,
    );
  }

  const { total } = await query
    .select((eb) => eb.fn.countAll<string>().as('total'))
    .executeTakeFirstOrThrow();
  const rows = await query
    .select([
      'l.id',
      'l.at',
      'l.user_id',
      's.name as user_name',
      'l.unit_id',
      'u.name as unit_name',
      'l.organisation_id',
      'o.name as organisation_name',
      'l.person_id',
      'p.personal_identity_number',
      'p.given_name',
      'p.family_name',
      'p.protected_identity',
      'l.action',
      'l.ground',
      'l.outcome',
    ])
    .$if(filter.sample !== undefined, (q) => q.orderBy(sql`random()`).limit(filter.sample!))
    .$if(filter.sample === undefined, (q) =>
      q.orderBy('l.at', 'desc').orderBy('l.id', 'desc').limit(filter.limit).offset(filter.offset),
    )
    .execute();
  return { rows, total: Number(total) };
}
