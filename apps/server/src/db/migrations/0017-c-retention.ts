import { sql, type Kysely } from 'kysely';

/**
 * Retention (gallring, P7; decision 0018-d).
 * - retention_hold: a legal hold per person; while it stands nothing of theirs is cleared.
 * - access_log_chain_base: where a chain now begins after its oldest rows were cleared — the
 *   sequence number and hash of the last cleared row — so the chain stays verifiable. It is also
 *   written to the exported checkpoint, so a base moved in the database alone is found.
 * - retention_run: each clearing (or dry run): when, as of which day, and what it cleared.
 * - The access log stays append-only, except a DELETE in a transaction that the retention job
 *   marked (`vardflata.access_log_retention`, transaction-local). Updates are always refused.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    create table retention_hold (
      person_id uuid primary key references person(id),
      reason text not null,
      placed_by uuid not null references staff(id),
      placed_at timestamptz not null default now()
    );

    create table access_log_chain_base (
      chain integer primary key,
      seq bigint not null,
      hash text not null,
      cleared_at timestamptz not null
    );

    create table retention_run (
      id uuid primary key default gen_random_uuid(),
      as_of date not null,
      dry_run boolean not null,
      started_by uuid references staff(id),
      report jsonb not null,
      ran_at timestamptz not null default now()
    );

    create or replace function access_log_append_only() returns trigger language plpgsql as $$
    begin
      if tg_op = 'DELETE' and current_setting('vardflata.access_log_retention', true) = 'on' then
        return null;
      end if;
      raise exception 'access_log is append-only';
    end $$;
  `.execute(db);
}
