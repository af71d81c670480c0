import { sql, type Kysely } from 'kysely';

/**
 * The folded name key as a stored generated column (decision 0018-a, measured in
 * docs/benchmarks.md). The expression index of 0017-a found the candidates fast, but PostgreSQL
 * rechecks every candidate row of a bitmap scan against the expression, and folding a name
 * (unaccent + regexp_replace) is the expensive part: a common name's ~900 candidates cost
 * ~45 ms. Stored once per person at write time, the recheck is a plain LIKE on a text column
 * (~2 ms). The column is generated, so it can never disagree with the name.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    alter table person add column name_key text
      generated always as (public.vf_name_key(given_name, family_name)) stored;
    create index person_name_key_column_trgm on person using gin (name_key public.gin_trgm_ops);
    drop index person_name_key_trgm;
  `.execute(db);
}
