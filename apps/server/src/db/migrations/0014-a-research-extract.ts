import { sql, type Kysely } from 'kysely';

/**
 * Pseudonymised research extracts (F11): the key the pseudonyms are made with (one row, made
 * on first use by the server), and a record of every extract taken out — who, when, which
 * period, the k of the k-anonymity check and how many rows were released and withheld.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    create table research_key (
      id integer primary key check (id = 1),
      secret text not null,
      created_at timestamptz not null default now()
    );
    create table research_extract (
      id uuid primary key default gen_random_uuid(),
      project text not null,
      requested_by uuid not null references staff(id),
      requested_at timestamptz not null default now(),
      period_from date not null,
      period_to date not null,
      k integer not null check (k >= 2),
      quasi_identifiers text not null,
      rows_released integer not null check (rows_released >= 0),
      rows_withheld integer not null check (rows_withheld >= 0)
    );
    create index research_extract_requested on research_extract (requested_at desc);
  `.execute(db);
}
