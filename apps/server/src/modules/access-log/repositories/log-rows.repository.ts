import { sql } from 'kysely';
import type { Caller } from '../../../access/caller.ts';
import { personVisible } from '../../../access/policy.ts';
import type { Db } from '../../../db/database.ts';

export interface LogRowFilter {
  personId?: string | undefined;
  userId?: string | undefined;
  unitId?: string | undefined;
  ground?: string | undefined;
  outcome?: 'allowed' | 'denied' | undefined;
  from?: string | undefined;
  to?: string | undefined;
  includeOwnReviews?: boolean | undefined;
}

/** Periods are Swedish calendar days. */
const dayStart = (date: string) =>
  sql<Date>`(${date}::date)::timestamp at time zone 'Europe/Stockholm'`;
const dayAfter = (date: string) =>
  sql<Date>`(${date}::date + 1)::timestamp at time zone 'Europe/Stockholm'`;

/**
 * The accesses made by the caller's own care provider (organisation), filtered. The reviewer's
 * own earlier reviews are left out unless asked for: every review logs a row per person shown,
 * and a sample that draws the reviewer's last review checks nothing.
 */
function filtered(db: Db, caller: Caller, filter: LogRowFilter) {
  let query = db
    .selectFrom('access_log as l')
    .leftJoin('staff as s', 's.id', 'l.user_id')
    .leftJoin('unit as u', 'u.id', 'l.unit_id')
    .leftJoin('organisation as o', 'o.id', 'l.organisation_id')
    .leftJoin('person as p', 'p.id', 'l.person_id')
    .where('l.organisation_id', '=', caller.organisationId);
  if (filter.personId) query = query.where('l.person_id', '=', filter.personId);
  if (filter.userId) query = query.where('l.user_id', '=', filter.userId);
  if (filter.unitId) query = query.where('l.unit_id', '=', filter.unitId);
  if (filter.ground) query = query.where('l.ground', '=', filter.ground);
  if (filter.outcome) query = query.where('l.outcome', '=', filter.outcome);
  if (filter.from) query = query.where('l.at', '>=', dayStart(filter.from));
  if (filter.to) query = query.where('l.at', '<', dayAfter(filter.to));
  if (!filter.includeOwnReviews) {
    query = query.where((eb) =>
      eb.not(
        eb.and([eb('l.user_id', '=', caller.staffId), eb('l.action', '=', 'access-log.read')]),
      ),
    );
  }
  return query;
}

export async function countLogRows(db: Db, caller: Caller, filter: LogRowFilter) {
  const { total } = await filtered(db, caller, filter)
    .select((eb) => eb.fn.countAll<string>().as('total'))
    .executeTakeFirstOrThrow();
  return Number(total);
}

/** A page of rows, newest first; or, with `sample`, that many rows drawn at random. */
export function listLogRows(
  db: Db,
  caller: Caller,
  filter: LogRowFilter,
  page: { sample?: number | undefined; limit: number; offset: number },
) {
  return filtered(db, caller, filter)
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
    .$if(page.sample !== undefined, (q) => q.orderBy(sql`random()`).limit(page.sample!))
    .$if(page.sample === undefined, (q) =>
      q.orderBy('l.at', 'desc').orderBy('l.id', 'desc').limit(page.limit).offset(page.offset),
    )
    .execute();
}

export type LogRowRecord = Awaited<ReturnType<typeof listLogRows>>[number];

/**
 * The person a review is filtered on, named only when the organisation's log holds them or the
 * reviewer's unit sees them: a made-up filter must not reveal who another care provider holds.
 */
export function findLogPerson(db: Db, caller: Caller, personId: string) {
  return db
    .selectFrom('person as p')
    .select([
      'p.id',
      'p.personal_identity_number',
      'p.given_name',
      'p.family_name',
      'p.protected_identity',
    ])
    .where('p.id', '=', personId)
    .where((eb) =>
      eb.or([
        eb.exists(
          eb
            .selectFrom('access_log as l')
            .select('l.id')
            .whereRef('l.person_id', '=', 'p.id')
            .where('l.organisation_id', '=', caller.organisationId),
        ),
        personVisible(caller, sql.ref('p.id')),
      ]),
    )
    .executeTakeFirst();
}
