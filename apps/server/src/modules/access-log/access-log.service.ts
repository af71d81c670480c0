import { sql } from 'kysely';
import type { AccessLogRow } from '@vardflata/contracts';
import type { Caller } from '../../access/caller.ts';
import { requirePermission } from '../../access/permissions.ts';
import { appendAccessLog } from '../../audit/access-log.ts';
import type { Db } from '../../db/database.ts';
import { toIso } from '../../util/time.ts';

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

/**
 * Log review (loggkontroll) for unit managers: the accesses made by their own care provider
 * (organisation), filtered, or a random sample. Reading the log is itself logged.
 */
export async function reviewAccessLog(db: Db, caller: Caller, filter: AccessLogFilter) {
  requirePermission(caller, 'access-log:review');
  return db.transaction().execute(async (trx) => {
    let query = trx
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

    const persons = [
      ...new Set(rows.map((r) => r.person_id).filter((p): p is string => p !== null)),
    ];
    await appendAccessLog(
      trx,
      caller,
      persons.map((personId) => ({
        personId,
        action: 'access-log.read',
        ground: 'log-review' as const,
        outcome: 'allowed' as const,
      })),
    );

    const items: AccessLogRow[] = rows.map((r) => ({
      id: r.id,
      at: toIso(r.at),
      userId: r.user_id,
      userName: r.user_name,
      unitId: r.unit_id,
      unitName: r.unit_name,
      organisationId: r.organisation_id,
      organisationName: r.organisation_name,
      personId: r.person_id,
      personIdentityNumber: r.personal_identity_number,
      personName:
        r.given_name === null || (r.protected_identity && !caller.mayViewProtectedIdentity)
          ? null
          : `${r.given_name} ${r.family_name}`,
      action: r.action,
      ground: r.ground as AccessLogRow['ground'],
      outcome: r.outcome,
    }));
    return { items, total: Number(total) };
  });
}
