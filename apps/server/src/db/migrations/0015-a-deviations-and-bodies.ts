import { sql, type Kysely } from 'kysely';

/**
 * Governance (F13, F15): collaboration bodies and their members — the county steering group
 * (e.g. SocialKOLA), local groups (LokalKOLA) and the user council — and deviations
 * (avvikelser): collaboration failures reported by any staff member to the organisation they
 * concern, answered and closed with what was done. No person data: a deviation names no person.
 * A member is a staff account or, for user and relative organisations, a name.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    create table collaboration_body (
      id uuid primary key default gen_random_uuid(),
      name text not null,
      kind text not null check (kind in ('county-steering-group', 'local-group', 'user-council')),
      description text not null default '',
      created_at timestamptz not null default now()
    );
    create table collaboration_body_member (
      id uuid primary key default gen_random_uuid(),
      body_id uuid not null references collaboration_body(id),
      staff_id uuid references staff(id),
      name text not null,
      organisation_id uuid references organisation(id),
      represents text not null default 'principal'
        check (represents in ('principal', 'user-organisation', 'relative-organisation')),
      created_at timestamptz not null default now(),
      unique (body_id, staff_id)
    );
    create index collaboration_body_member_staff on collaboration_body_member (staff_id);

    create table deviation (
      id uuid primary key default gen_random_uuid(),
      category text not null check (category in
        ('availability', 'coordination', 'quality', 'information-transfer', 'responsibility')),
      description text not null,
      reported_by uuid not null references staff(id),
      reporter_organisation_id uuid references organisation(id),
      reporter_unit_id uuid references unit(id),
      concerns_organisation_id uuid not null references organisation(id),
      status text not null default 'open' check (status in ('open', 'answered', 'closed')),
      reported_at timestamptz not null default now(),
      answer text,
      answered_by uuid references staff(id),
      answered_at timestamptz,
      action_taken text,
      closed_by uuid references staff(id),
      closed_at timestamptz,
      raised_to_body_id uuid references collaboration_body(id)
    );
    create index deviation_concerns on deviation (concerns_organisation_id, status);
    create index deviation_reported_at on deviation (reported_at);
  `.execute(db);
}
