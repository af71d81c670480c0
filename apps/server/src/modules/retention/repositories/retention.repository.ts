import { sql } from 'kysely';
import type { Db } from '../../../db/database.ts';

export interface RecordHolding {
  person_id: string;
  organisation_id: string;
  organisation_kind: string;
  /** The last entry's day in Sweden. */
  last_entry_on: string;
  /** Still in care (an open care relation) or a SIP not yet ended: never cleared. */
  open: boolean;
  held: boolean;
}

/**
 * Every person's records per organisation that holds them, with the day of the last entry.
 * One pass over the record tables; the retention job runs it at night, not per request.
 */
export async function recordHoldings(db: Db): Promise<RecordHolding[]> {
  const { rows } = await sql<RecordHolding>`
    with entries as (
      select person_id, organisation_id, coalesce(closed_at, opened_at) as at, closed_at is null as open
        from care_relation
      union all
      select person_id, recorded_organisation_id, coalesce(revoked_at, recorded_at), false from consent
      union all
      select person_id, organisation_id, recorded_at, false from screening
      union all
      select person_id, organisation_id, recorded_at, false from assessment
      union all
      select person_id, organisation_id, last_activity_at,
             status not in ('closed', 'refused', 'withdrawn') from sip
    )
    select e.person_id, e.organisation_id, o.kind as organisation_kind,
           to_char(max(e.at) at time zone 'Europe/Stockholm', 'YYYY-MM-DD') as last_entry_on,
           bool_or(e.open) as open,
           exists (select 1 from retention_hold h where h.person_id = e.person_id) as held
      from entries e
      join organisation o on o.id = e.organisation_id
     group by e.person_id, e.organisation_id, o.kind
     order by e.person_id, e.organisation_id`.execute(db);
  return rows;
}

/**
 * Clears what one organisation holds about one person, in the caller's transaction. Only for a
 * holding the rules found clearable (no open relation, no SIP under way, no legal hold); the
 * conditions are checked here again so a relation opened since the report is never cleared.
 * Returns the number of rows cleared per table.
 */
export async function clearHolding(
  trx: Db,
  personId: string,
  organisationId: string,
): Promise<Record<string, number> | null> {
  const still = await sql<{ blocked: boolean }>`
    select exists (select 1 from care_relation where person_id = ${personId}
                     and organisation_id = ${organisationId} and closed_at is null)
        or exists (select 1 from sip where person_id = ${personId} and organisation_id = ${organisationId}
                     and status not in ('closed', 'refused', 'withdrawn'))
        or exists (select 1 from retention_hold where person_id = ${personId}) as blocked`.execute(
    trx,
  );
  if (still.rows[0]?.blocked) return null;

  const counts: Record<string, number> = {};
  const run = async (table: string, query: ReturnType<typeof sql>) => {
    const result = await query.execute(trx);
    counts[table] = Number(result.numAffectedRows ?? 0n);
  };
  const sips = sql`(select id from sip where person_id = ${personId} and organisation_id = ${organisationId})`;
  await run('notification', sql`delete from notification where sip_id in ${sips}`);
  for (const child of [
    'sip_event',
    'sip_follow_up',
    'sip_meeting',
    'sip_participant',
    'sip_plan_version',
  ]) {
    await run(child, sql`delete from ${sql.table(child)} where sip_id in ${sips}`);
  }
  await run(
    'sip',
    sql`delete from sip where person_id = ${personId} and organisation_id = ${organisationId}`,
  );
  await run(
    'screening',
    sql`delete from screening where person_id = ${personId} and organisation_id = ${organisationId}`,
  );
  await run(
    'assessment',
    sql`delete from assessment where person_id = ${personId} and organisation_id = ${organisationId}`,
  );
  const consents = sql`(select id from consent where person_id = ${personId} and recorded_organisation_id = ${organisationId})`;
  await run(
    'consent_recipient',
    sql`delete from consent_recipient where consent_id in ${consents}`,
  );
  await run(
    'consent',
    sql`delete from consent where person_id = ${personId} and recorded_organisation_id = ${organisationId}`,
  );
  await run(
    'emergency_access',
    sql`delete from emergency_access where person_id = ${personId} and organisation_id = ${organisationId}`,
  );
  await run(
    'care_relation',
    sql`delete from care_relation where person_id = ${personId} and organisation_id = ${organisationId}`,
  );
  return counts;
}

export function placeHold(db: Db, personId: string, staffId: string, reason: string) {
  return db
    .insertInto('retention_hold')
    .values({ person_id: personId, placed_by: staffId, reason })
    .onConflict((oc) => oc.column('person_id').doUpdateSet({ reason, placed_by: staffId }))
    .execute();
}

export async function releaseHold(db: Db, personId: string): Promise<boolean> {
  const result = await db
    .deleteFrom('retention_hold')
    .where('person_id', '=', personId)
    .executeTakeFirst();
  return Number(result.numDeletedRows) > 0;
}

export function recordRun(
  db: Db,
  run: { asOf: string; dryRun: boolean; startedBy: string | null; report: object },
) {
  return db
    .insertInto('retention_run')
    .values({
      as_of: run.asOf,
      dry_run: run.dryRun,
      started_by: run.startedBy,
      report: JSON.stringify(run.report),
    })
    .returning(['id', 'ran_at'])
    .executeTakeFirstOrThrow();
}

export function listRuns(db: Db, limit = 50) {
  return db
    .selectFrom('retention_run')
    .select(['id', 'as_of', 'dry_run', 'started_by', 'report', 'ran_at'])
    .orderBy('ran_at', 'desc')
    .limit(limit)
    .execute();
}
