import { sql } from 'kysely';
import type { Db } from '../../../db/database.ts';
import { GOVERNED_TABLES } from './governed-tables.ts';

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

/** Whose record each row is, when it was last written and whether it is still under way. */
function entries() {
  return sql.join(
    GOVERNED_TABLES.map(
      (
        g,
      ) => sql`select r.person_id, ${sql.raw(g.holder)} as organisation_id, ${sql.raw(g.at)} as at,
        coalesce(${sql.raw(g.open ?? 'false')}, false) as open
        from ${sql.table(g.table)} r where r.person_id is not null`,
    ),
    sql` union all `,
  );
}

/**
 * Every person's records per organisation that holds them, with the day of the last entry, over
 * every governed table (governed-tables.ts). One pass; the job runs it at night, not per request.
 */
export async function recordHoldings(db: Db): Promise<RecordHolding[]> {
  const { rows } = await sql<RecordHolding>`
    with entries as (${entries()})
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
 * holding the rules found clearable (nothing under way, no legal hold); the conditions are
 * checked here again so a relation opened since the report is never cleared. Returns the number
 * of rows cleared per table.
 */
export async function clearHolding(
  trx: Db,
  personId: string,
  organisationId: string,
): Promise<Record<string, number> | null> {
  const blocked = await sql<{ blocked: boolean }>`
    select exists (select 1 from (${entries()}) e where e.person_id = ${personId}
                     and e.organisation_id = ${organisationId} and e.open)
        or exists (select 1 from retention_hold where person_id = ${personId}) as blocked`.execute(
    trx,
  );
  if (blocked.rows[0]?.blocked) return null;

  const counts: Record<string, number> = {};
  const run = async (table: string, query: ReturnType<typeof sql>) => {
    const result = await query.execute(trx);
    counts[table] = (counts[table] ?? 0) + Number(result.numAffectedRows ?? 0n);
  };
  for (const g of GOVERNED_TABLES) {
    const key = sql.ref(g.key ?? 'id');
    const mine = sql`(select r.${key} from ${sql.table(g.table)} r where r.person_id = ${personId}
      and ${sql.raw(g.holder)} = ${organisationId})`;
    for (const d of g.detach ?? []) {
      await sql`update ${sql.table(d.table)} set ${sql.ref(d.column)} = null
        where ${sql.ref(d.column)} in ${mine}`.execute(trx);
    }
    for (const c of g.children ?? []) {
      await run(
        c.table,
        sql`delete from ${sql.table(c.table)} where ${sql.ref(c.column)} in ${mine}`,
      );
    }
    await run(
      g.table,
      g.clear === 'unlink'
        ? sql`update ${sql.table(g.table)} set person_id = null where ${key} in ${mine}`
        : sql`delete from ${sql.table(g.table)} where ${key} in ${mine}`,
    );
  }
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
