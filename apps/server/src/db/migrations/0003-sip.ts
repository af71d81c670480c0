import { sql, type Kysely } from 'kysely';

/**
 * SIP (F3): the plan, its versions, participants, meetings, follow-ups and history; the job
 * queue and in-app notifications (P6) that the worklist (F7) and reminders run on.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    create table sip (
      id uuid primary key default gen_random_uuid(),
      person_id uuid not null references person(id),
      -- The owner: the unit (and its organisation) that recorded the proposal.
      organisation_id uuid not null references organisation(id),
      unit_id uuid not null references unit(id),
      status text not null check (status in
        ('proposed', 'invited', 'meeting-held', 'active', 'closed', 'refused', 'withdrawn')),
      proposed_on date not null,
      proposal_source jsonb not null,
      proposal_note text,
      recorded_by uuid not null references staff(id),
      first_meeting_on date,
      activated_on date,
      ended_on date,
      ending jsonb,
      plan_version integer not null default 1,
      plan jsonb not null,
      -- Copied out of the plan: the worklist and the scan job filter on them.
      coordinator_staff_id uuid references staff(id),
      next_follow_up_on date,
      person_objects_to_relatives boolean not null default false,
      last_activity_at timestamptz not null default now(),
      created_at timestamptz not null default now()
    );
    create index sip_person on sip (person_id);
    create index sip_unit on sip (unit_id, status);
    create index sip_coordinator on sip (coordinator_staff_id) where coordinator_staff_id is not null;

    -- Every saved plan is a version; the current one is also in sip.plan.
    create table sip_plan_version (
      sip_id uuid not null references sip(id),
      version integer not null,
      plan jsonb not null,
      change_kind text not null check (change_kind in ('proposed', 'edited', 'revised', 'follow-up')),
      based_on integer,
      saved_at timestamptz not null default now(),
      saved_by uuid not null references staff(id),
      saved_unit_id uuid references unit(id),
      saved_organisation_id uuid references organisation(id),
      primary key (sip_id, version)
    );

    create table sip_participant (
      id uuid primary key default gen_random_uuid(),
      -- Keeps the order participants were added in (several are added in one transaction).
      ordinal bigserial not null,
      sip_id uuid not null references sip(id),
      kind text not null check (kind in
        ('staff', 'unit', 'private-provider', 'other-actor', 'person', 'relative')),
      name text,
      principal text check (principal in ('region', 'municipality')),
      organisation_id uuid references organisation(id),
      unit_id uuid references unit(id),
      staff_id uuid references staff(id),
      role text,
      invitation text not null default 'pending' check (invitation in ('pending', 'accepted', 'declined')),
      invited_on date,
      responded_on date,
      response_note text,
      added_at timestamptz not null default now(),
      added_by uuid not null references staff(id),
      removed_at timestamptz,
      removed_by uuid references staff(id)
    );
    create index sip_participant_sip on sip_participant (sip_id) where removed_at is null;
    -- The access rule looks a caller up by staff id or unit.
    create index sip_participant_staff on sip_participant (staff_id, sip_id) where removed_at is null;
    create index sip_participant_unit on sip_participant (unit_id, sip_id) where removed_at is null;

    create table sip_meeting (
      id uuid primary key default gen_random_uuid(),
      sip_id uuid not null references sip(id),
      purpose text not null check (purpose in ('planning', 'follow-up')),
      starts_at timestamptz,
      duration_minutes integer,
      place text,
      video_link text,
      message text,
      status text not null check (status in ('scheduled', 'held', 'cancelled')),
      held_on date,
      notes text,
      attended_participant_ids jsonb,
      created_at timestamptz not null default now(),
      created_by uuid not null references staff(id)
    );
    create index sip_meeting_sip on sip_meeting (sip_id);
    create index sip_meeting_scheduled on sip_meeting (starts_at) where status = 'scheduled';

    create table sip_follow_up (
      id uuid primary key default gen_random_uuid(),
      sip_id uuid not null references sip(id),
      held_on date not null,
      plan_version integer not null,
      goals jsonb not null,
      interventions jsonb not null,
      decision text not null check (decision in ('continue', 'revise', 'close')),
      next_follow_up_on date,
      note text,
      recorded_at timestamptz not null default now(),
      recorded_by uuid not null references staff(id)
    );
    create index sip_follow_up_sip on sip_follow_up (sip_id);

    -- The readable history: who did what, when (plan content lives in the versions).
    create table sip_event (
      id bigserial primary key,
      sip_id uuid not null references sip(id),
      at timestamptz not null default now(),
      type text not null,
      staff_id uuid references staff(id),
      unit_id uuid references unit(id),
      organisation_id uuid references organisation(id),
      detail jsonb
    );
    create index sip_event_sip on sip_event (sip_id, id);

    -- A small Postgres-backed job queue (docs/decisions/0007): claimed with FOR UPDATE SKIP
    -- LOCKED under a lease, retried with back-off; a job that re-schedules itself keeps its row.
    create table job (
      id bigserial primary key,
      kind text not null,
      payload jsonb not null default '{}',
      run_at timestamptz not null,
      attempts integer not null default 0,
      max_attempts integer not null default 8,
      locked_until timestamptz,
      done_at timestamptz,
      failed_at timestamptz,
      last_error text,
      dedupe_key text unique,
      created_at timestamptz not null default now()
    );
    create index job_due on job (run_at) where done_at is null and failed_at is null;

    create table notification (
      id uuid primary key default gen_random_uuid(),
      staff_id uuid not null references staff(id),
      kind text not null,
      -- Title and body never name the person; the answer adds the name while the SIP is visible.
      title text not null,
      body text not null,
      sip_id uuid references sip(id),
      person_id uuid references person(id),
      due_on date,
      dedupe_key text,
      created_at timestamptz not null default now(),
      read_at timestamptz,
      unique (staff_id, dedupe_key)
    );
    create index notification_staff on notification (staff_id, created_at desc);

    -- The recurring worklist scan exists from the start and re-schedules itself.
    insert into job (kind, payload, run_at, dedupe_key) values ('sip.scan', '{}', now(), 'sip.scan');
  `.execute(db);
}
