import { sql, type Kysely } from 'kysely';

/**
 * The access log: append-only, hash-chained. Rows are spread over a few parallel chains so
 * that concurrent requests do not queue on one chain head (docs/decisions/0003).
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    create table access_log (
      id bigserial primary key,
      chain smallint not null,
      seq bigint not null,
      at timestamptz not null,
      user_id uuid,
      unit_id uuid,
      organisation_id uuid,
      person_id uuid,
      action text not null,
      ground text not null,
      outcome text not null check (outcome in ('allowed', 'denied')),
      detail text,
      prev_hash text not null,
      hash text not null,
      unique (chain, seq)
    );
    create index access_log_person on access_log (person_id, at);
    create index access_log_user on access_log (user_id, at);
    create index access_log_at on access_log (at);

    create table access_log_chain_head (
      chain smallint primary key,
      seq bigint not null,
      hash text not null
    );
    insert into access_log_chain_head (chain, seq, hash)
      select g, 0, repeat('0', 64) from generate_series(0, 7) g;

    -- Append-only: the application never updates or deletes a row. Anyone who gets around this
    -- (a superuser disabling the trigger) is still caught by the hash chain and the checkpoints.
    create function access_log_append_only() returns trigger language plpgsql as $$
    begin
      raise exception 'access_log is append-only';
    end $$;
    create trigger access_log_no_update before update or delete on access_log
      for each statement execute function access_log_append_only();
  `.execute(db);
}
