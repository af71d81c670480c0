import { sql } from 'kysely';
import type { Caller } from '../../../access/caller.ts';

/** What a write needs of the caller (the demo seed writes as a staff member too). */
type Actor = Pick<Caller, 'staffId' | 'unitId' | 'organisationId'>;
import type { Db } from '../../../db/database.ts';
import { MERGE_TABLES, type MergeTable } from '../identity.policy.ts';

const REASON = 'Reservidentiteten slogs samman med personens verkliga identitet.';

/** How many rows of each table name the person (tables without any left out). */
export async function countRecords(db: Db, personId: string) {
  const counts: { table: MergeTable; count: number }[] = [];
  for (const table of MERGE_TABLES) {
    const { rows } = await sql<{ n: string }>`
      select count(*) as n from ${sql.table(table)} where person_id = ${personId}`.execute(db);
    const count = Number(rows[0]!.n);
    if (count > 0) counts.push({ table, count });
  }
  return counts;
}

/** The conflicts a merge resolves (policy: MERGE_TABLES' comment), counted per table. */
export async function countConflicts(db: Db, reserveId: string, realId: string) {
  const { rows } = await sql<{ table: string; n: string }>`
    select 'care_relation' as table, count(*) as n from care_relation a
      where a.person_id = ${reserveId} and a.closed_at is null and exists (
        select 1 from care_relation b where b.person_id = ${realId}
          and b.unit_id = a.unit_id and b.closed_at is null)
    union all
    select 'care_case', count(*) from care_case a
      where a.person_id = ${reserveId} and a.closed_on is null and exists (
        select 1 from care_case b where b.person_id = ${realId}
          and b.unit_id = a.unit_id and b.closed_on is null)
    union all
    select 'case_manager', count(*) from case_manager a
      where a.person_id = ${reserveId} and a.ended_on is null and exists (
        select 1 from case_manager b where b.person_id = ${realId}
          and b.organisation_id = a.organisation_id and b.ended_on is null)
    union all
    select 'retention_hold', count(*) from retention_hold a
      where a.person_id = ${reserveId} and exists (
        select 1 from retention_hold b where b.person_id = ${realId})`.execute(db);
  return rows.map((r) => ({ table: r.table, count: Number(r.n) })).filter((r) => r.count > 0);
}

/** Locks both person rows (in id order, so two merges cannot deadlock). */
export async function lockPersons(trx: Db, ids: string[]) {
  await trx
    .selectFrom('person')
    .select('id')
    .where('id', 'in', ids)
    .orderBy('id')
    .forUpdate()
    .execute();
}

/** Resolves the conflicts: the reserve's side gives way, the real person's stays. */
export async function resolveConflicts(
  trx: Db,
  caller: Actor,
  reserveId: string,
  realId: string,
  today: string,
) {
  await sql`
    update care_relation a set closed_at = now(), closed_by = ${caller.staffId},
      close_reason = ${REASON}
    where a.person_id = ${reserveId} and a.closed_at is null and exists (
      select 1 from care_relation b where b.person_id = ${realId}
        and b.unit_id = a.unit_id and b.closed_at is null)`.execute(trx);
  await sql`
    update care_case a set closed_on = ${today}::date, outcome = 'transferred'
    where a.person_id = ${reserveId} and a.closed_on is null and exists (
      select 1 from care_case b where b.person_id = ${realId}
        and b.unit_id = a.unit_id and b.closed_on is null)`.execute(trx);
  await sql`
    update case_manager a set ended_on = ${today}::date
    where a.person_id = ${reserveId} and a.ended_on is null and exists (
      select 1 from case_manager b where b.person_id = ${realId}
        and b.organisation_id = a.organisation_id and b.ended_on is null)`.execute(trx);
  await sql`
    update retention_hold b set reason = b.reason || ' / ' || a.reason
    from retention_hold a where a.person_id = ${reserveId} and b.person_id = ${realId}`.execute(
    trx,
  );
  await sql`
    delete from retention_hold where person_id = ${reserveId}
      and exists (select 1 from retention_hold where person_id = ${realId})`.execute(trx);
}

/** Re-points every row of every merge table; returns what moved per table. */
export async function moveRecords(trx: Db, reserveId: string, realId: string) {
  const moved: { table: MergeTable; count: number }[] = [];
  for (const table of MERGE_TABLES) {
    // Counted from the rows the update returns: the same on PGlite and PostgreSQL.
    const { rows } = await sql<{ n: string }>`
      with moved as (update ${sql.table(table)} set person_id = ${realId}
        where person_id = ${reserveId} returning 1)
      select count(*) as n from moved`.execute(trx);
    const count = Number(rows[0]!.n);
    if (count > 0) moved.push({ table, count });
  }
  return moved;
}

/** Leaves the tombstone and records the merge. */
export async function markMerged(
  trx: Db,
  caller: Actor,
  reserveId: string,
  realId: string,
  moved: { table: string; count: number }[],
) {
  const { merged_at } = await trx
    .updateTable('person')
    .set({ merged_into_person_id: realId, merged_at: new Date(), merged_by: caller.staffId })
    .where('id', '=', reserveId)
    .returning('merged_at')
    .executeTakeFirstOrThrow();
  await trx
    .insertInto('person_merge')
    .values({
      reserve_person_id: reserveId,
      into_person_id: realId,
      merged_at: merged_at!,
      merged_by: caller.staffId,
      unit_id: caller.unitId,
      organisation_id: caller.organisationId,
      moved: JSON.stringify(moved),
    })
    .execute();
  return merged_at!;
}
