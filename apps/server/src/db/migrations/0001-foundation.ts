import { sql, type Kysely } from 'kysely';

/** Organisations, staff, sign-in, persons, care relations, consents, emergency access. */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    create table organisation (
      id uuid primary key default gen_random_uuid(),
      name text not null,
      kind text not null check (kind in ('region', 'municipality', 'private-provider')),
      created_at timestamptz not null default now()
    );

    create table unit (
      id uuid primary key default gen_random_uuid(),
      organisation_id uuid not null references organisation(id),
      name text not null,
      created_at timestamptz not null default now(),
      unique (organisation_id, name)
    );

    create table staff (
      id uuid primary key default gen_random_uuid(),
      username text not null unique,
      name text not null,
      role text not null,
      unit_id uuid references unit(id),
      organisation_id uuid references organisation(id),
      password_hash text not null,
      totp_secret text,
      totp_enabled boolean not null default false,
      totp_last_step bigint,
      may_view_protected_identity boolean not null default false,
      disabled_at timestamptz,
      is_demo boolean not null default false,
      created_at timestamptz not null default now()
    );

    -- Failed sign-ins per user name, known or not, so unknown names are throttled the same.
    create table login_throttle (
      username text primary key,
      failures integer not null default 0,
      next_allowed_at timestamptz not null default now(),
      updated_at timestamptz not null default now()
    );

    create table session (
      id text primary key,
      staff_id uuid not null references staff(id),
      csrf_token text not null,
      state text not null check (state in ('active', 'second-factor', 'enrolment')),
      created_at timestamptz not null default now(),
      last_seen_at timestamptz not null default now(),
      expires_at timestamptz not null
    );
    create index session_staff on session (staff_id);

    create table person (
      id uuid primary key default gen_random_uuid(),
      personal_identity_number char(12) not null unique,
      identity_number_kind text not null check (identity_number_kind in ('personnummer', 'samordningsnummer')),
      date_of_birth date not null,
      given_name text not null,
      family_name text not null,
      sex text not null check (sex in ('female', 'male', 'unknown')),
      protected_identity boolean not null default false,
      test_data boolean not null default false,
      created_at timestamptz not null default now()
    );
    create index person_family_name on person (lower(family_name) text_pattern_ops);
    create index person_given_name on person (lower(given_name) text_pattern_ops);

    create table care_relation (
      id uuid primary key default gen_random_uuid(),
      person_id uuid not null references person(id),
      unit_id uuid not null references unit(id),
      organisation_id uuid not null references organisation(id),
      opened_at timestamptz not null default now(),
      opened_by uuid references staff(id),
      closed_at timestamptz,
      closed_by uuid references staff(id),
      close_reason text
    );
    -- At most one open relation per person and unit; the access check reads this index.
    create unique index care_relation_open on care_relation (person_id, unit_id) where closed_at is null;
    create index care_relation_unit on care_relation (unit_id, person_id) where closed_at is null;

    create table consent (
      id uuid primary key default gen_random_uuid(),
      person_id uuid not null references person(id),
      purpose text not null check (purpose in ('sip', 'information-sharing', 'relatives-participation')),
      form text not null check (form in ('written', 'oral')),
      valid_from date not null,
      valid_until date,
      note text,
      recorded_at timestamptz not null default now(),
      recorded_by uuid not null references staff(id),
      recorded_unit_id uuid references unit(id),
      recorded_organisation_id uuid not null references organisation(id),
      revoked_at timestamptz,
      revoked_by uuid references staff(id),
      revoke_reason text
    );
    create index consent_person on consent (person_id);

    create table consent_recipient (
      consent_id uuid not null references consent(id),
      organisation_id uuid not null references organisation(id),
      primary key (consent_id, organisation_id)
    );
    create index consent_recipient_organisation on consent_recipient (organisation_id, consent_id);

    create table emergency_access (
      id uuid primary key default gen_random_uuid(),
      person_id uuid not null references person(id),
      staff_id uuid not null references staff(id),
      unit_id uuid references unit(id),
      organisation_id uuid references organisation(id),
      reason text not null,
      started_at timestamptz not null default now(),
      expires_at timestamptz not null,
      reviewed_at timestamptz,
      reviewed_by uuid references staff(id),
      review_note text
    );
    create index emergency_access_active on emergency_access (staff_id, person_id, expires_at);
  `.execute(db);
}
