import { sql, type Kysely } from 'kysely';

/**
 * Integrated receptions (seed 003, F9): a joint reception where staff of both principals work
 * as one team. In Vårdfläta the team is a set of units — at least one of the region and one of
 * a municipality — each keeping its own principal's records. A unit belongs to at most one
 * integrated reception, so the reception's figures never count a unit twice.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    create table integrated_reception (
      id uuid primary key default gen_random_uuid(),
      name text not null unique,
      created_at timestamptz not null default now()
    );
    create table integrated_reception_unit (
      unit_id uuid primary key references unit(id),
      reception_id uuid not null references integrated_reception(id) on delete cascade
    );
    create index integrated_reception_unit_reception on integrated_reception_unit (reception_id);
  `.execute(db);
}
