import { sql, type Kysely } from 'kysely';

/**
 * Agreements (F12) and their annual follow-up (F14, seed 001): county and local agreements
 * between organisations, with a validity period and a review date; routines linked to them as
 * documents with versions; revisions; per agreement and year the assessment checklist (the 16
 * statements of seed 001's table), and the action plan with owners and deadlines.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    create table agreement (
      id uuid primary key default gen_random_uuid(),
      title text not null,
      kind text not null check (kind in ('county', 'local')),
      summary text not null default '',
      valid_from date not null,
      valid_until date,
      review_on date,
      created_at timestamptz not null default now()
    );
    create table agreement_party (
      agreement_id uuid not null references agreement(id),
      organisation_id uuid not null references organisation(id),
      primary key (agreement_id, organisation_id)
    );
    create index agreement_party_organisation on agreement_party (organisation_id);
    create table agreement_revision (
      id uuid primary key default gen_random_uuid(),
      agreement_id uuid not null references agreement(id),
      revised_on date not null,
      note text not null,
      revised_by uuid references staff(id)
    );
    create table agreement_routine (
      id uuid primary key default gen_random_uuid(),
      agreement_id uuid not null references agreement(id),
      title text not null,
      created_at timestamptz not null default now()
    );
    create table agreement_routine_version (
      routine_id uuid not null references agreement_routine(id),
      version integer not null check (version >= 1),
      body text not null,
      note text not null default '',
      changed_by uuid references staff(id),
      changed_at timestamptz not null default now(),
      primary key (routine_id, version)
    );

    create table agreement_follow_up (
      id uuid primary key default gen_random_uuid(),
      agreement_id uuid not null references agreement(id),
      year integer not null check (year between 1900 and 9999),
      created_by uuid not null references staff(id),
      created_at timestamptz not null default now(),
      unique (agreement_id, year)
    );
    create table follow_up_statement (
      id uuid primary key default gen_random_uuid(),
      follow_up_id uuid not null references agreement_follow_up(id),
      area text not null check (area in ('coordination', 'availability', 'quality', 'prevention')),
      code text not null,
      position integer not null,
      text text not null,
      assessment text check (assessment in ('met', 'partly-met', 'not-met')),
      comment text not null default '',
      assessed_by uuid references staff(id),
      assessed_at timestamptz,
      unique (follow_up_id, code)
    );
    create table follow_up_action (
      id uuid primary key default gen_random_uuid(),
      follow_up_id uuid not null references agreement_follow_up(id),
      level text not null check (level in ('local', 'county')),
      text text not null,
      owner text not null,
      deadline date not null,
      status text not null default 'open' check (status in ('open', 'done', 'not-done')),
      follow_up_note text not null default '',
      followed_up_at timestamptz,
      created_at timestamptz not null default now()
    );
    create index follow_up_action_follow_up on follow_up_action (follow_up_id);
  `.execute(db);
}
