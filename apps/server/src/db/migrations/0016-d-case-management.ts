import { sql, type Kysely } from 'kysely';

/**
 * Case manager and cases (F7, F8): a named case manager or an ACT team per person and
 * organisation, independent of any SIP; cases at a unit that close with an outcome, and a case
 * opened for a person whose earlier case at the unit was closed is reopened (återaktualiserad).
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    create table case_manager (
      id uuid primary key default gen_random_uuid(),
      person_id uuid not null references person(id),
      organisation_id uuid not null references organisation(id),
      unit_id uuid not null references unit(id),
      kind text not null check (kind in ('case-manager', 'act-team')),
      staff_id uuid references staff(id),
      team_name text,
      assigned_on date not null,
      ended_on date,
      recorded_by uuid not null references staff(id),
      recorded_at timestamptz not null default now(),
      check ((kind = 'case-manager') = (staff_id is not null)),
      check ((kind = 'act-team') = (team_name is not null))
    );
    create unique index case_manager_active on case_manager (person_id, organisation_id)
      where ended_on is null;
    create index case_manager_staff on case_manager (staff_id) where ended_on is null;
    create table care_case (
      id uuid primary key default gen_random_uuid(),
      person_id uuid not null references person(id),
      organisation_id uuid not null references organisation(id),
      unit_id uuid not null references unit(id),
      opened_on date not null,
      reopened boolean not null,
      closed_on date,
      outcome text check (outcome in ('goals-met', 'partly-met', 'moved',
        'declined-further-contact', 'transferred', 'deceased')),
      recorded_by uuid not null references staff(id),
      recorded_at timestamptz not null default now(),
      check ((closed_on is null) = (outcome is null))
    );
    create unique index care_case_open on care_case (person_id, unit_id) where closed_on is null;
  `.execute(db);
}
