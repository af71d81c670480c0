import { sql, type Kysely } from 'kysely';

/**
 * Log review (loggkontroll, HSLF-FS 2016:40 4 kap 9 §): a unit manager records each review
 * she completes, so the recurring check is documented and the start page can say when the next
 * one is due.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    create table log_review (
      id uuid primary key default gen_random_uuid(),
      organisation_id uuid not null references organisation(id),
      unit_id uuid references unit(id),
      reviewed_by uuid not null references staff(id),
      reviewed_at timestamptz not null default now(),
      kind text not null check (kind in ('sample', 'search')),
      rows_reviewed integer not null check (rows_reviewed >= 0),
      findings text not null check (findings in ('none', 'follow-up')),
      note text
    );
    create index log_review_organisation on log_review (organisation_id, reviewed_at desc);
  `.execute(db);
}
