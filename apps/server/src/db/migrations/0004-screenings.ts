import { sql, type Kysely } from 'kysely';

/**
 * Screening and assessment (F4): AUDIT and DUDIT in their own table (the public contract), the
 * other instruments as typed JSON in `assessment`, one row per recorded result.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    create table screening (
      id uuid primary key default gen_random_uuid(),
      person_id uuid not null references person(id),
      instrument text not null check (instrument in ('AUDIT', 'DUDIT')),
      definition_version text not null,
      answers jsonb not null,
      points jsonb not null,
      total integer not null,
      interpretation jsonb not null,
      performed_on date not null,
      filled_in_by text not null check (filled_in_by in ('staff', 'person')),
      recorded_at timestamptz not null default now(),
      recorded_by uuid not null references staff(id),
      unit_id uuid references unit(id),
      organisation_id uuid not null references organisation(id)
    );
    create index screening_person on screening (person_id, performed_on desc);

    create table assessment (
      id uuid primary key default gen_random_uuid(),
      person_id uuid not null references person(id),
      kind text not null check (kind in ('asi', 'criteria', 'drug-test', 'violence', 'lifestyle')),
      performed_on date not null,
      data jsonb not null,
      result jsonb not null,
      -- An ASI Uppföljning points at its ASI Grund.
      follows_id uuid references assessment(id),
      recorded_at timestamptz not null default now(),
      recorded_by uuid not null references staff(id),
      unit_id uuid references unit(id),
      organisation_id uuid not null references organisation(id)
    );
    create index assessment_person on assessment (person_id, kind, performed_on desc);
  `.execute(db);
}
