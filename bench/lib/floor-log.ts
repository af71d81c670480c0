import type pg from 'pg';
import { elapsed } from './common.ts';

/**
 * floor_log: the access log's columns and indexes without the hash chain, filled once with a
 * copy of the access log so that both servers insert into tables (and indexes) of equal size.
 */
export async function ensureFloorLog(client: pg.Client): Promise<void> {
  const exists = await client.query(`select to_regclass('floor_log') is not null as ok`);
  if (exists.rows[0].ok) return;
  const started = Date.now();
  console.log('Creating floor_log (a copy of the access log without the chain) …');
  await client.query('begin');
  await client.query(`
    create sequence floor_log_seq start 1000000000000;
    create table floor_log (
      id bigserial primary key,
      chain smallint not null,
      seq bigint not null default nextval('floor_log_seq'),
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
    insert into floor_log (chain, seq, at, user_id, unit_id, organisation_id, person_id, action,
                           ground, outcome, detail, prev_hash, hash)
      select chain, seq, at, user_id, unit_id, organisation_id, person_id, action, ground,
             outcome, detail, prev_hash, hash
        from access_log order by id;
    create index floor_log_person on floor_log (person_id, at);
    create index floor_log_user on floor_log (user_id, at);
    create index floor_log_at on floor_log (at);`);
  await client.query('commit');
  await client.query('vacuum analyze floor_log');
  console.log(`floor_log ready in ${elapsed(started)}.`);
}
