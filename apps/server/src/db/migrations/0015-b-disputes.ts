import { sql, type Kysely } from 'kysely';

/**
 * The dispute ladder (F13, seed 001): a dispute over responsibility between two organisations
 * climbs line organisation (1) → nearest management level (2) → local collaboration group (3)
 * → county group (4). Each step has owners and a due date; an overdue step is escalated by the
 * `disputes.scan` job. A dispute about one person's care may name that person (only a person
 * the raiser may see; shown only to those who may see them).
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    create table dispute (
      id uuid primary key default gen_random_uuid(),
      title text not null,
      description text not null,
      raised_by uuid not null references staff(id),
      raised_by_organisation_id uuid references organisation(id),
      other_organisation_id uuid not null references organisation(id),
      person_id uuid references person(id),
      level integer not null default 1 check (level between 1 and 4),
      status text not null default 'open' check (status in ('open', 'resolved')),
      decision text,
      resolved_by uuid references staff(id),
      resolved_at timestamptz,
      raised_at timestamptz not null default now()
    );
    create index dispute_open on dispute (status, level);

    create table dispute_step (
      id uuid primary key default gen_random_uuid(),
      dispute_id uuid not null references dispute(id),
      level integer not null check (level between 1 and 4),
      owner_name text not null,
      owner_body_id uuid references collaboration_body(id),
      started_at timestamptz not null,
      due_on date not null,
      ended_at timestamptz,
      ended_how text check (ended_how in ('escalated', 'escalated-overdue', 'resolved')),
      ended_by uuid references staff(id),
      unique (dispute_id, level)
    );
    create index dispute_step_due on dispute_step (due_on) where ended_at is null;

    create table dispute_step_owner (
      step_id uuid not null references dispute_step(id),
      staff_id uuid not null references staff(id),
      primary key (step_id, staff_id)
    );
    create index dispute_step_owner_staff on dispute_step_owner (staff_id);
  `.execute(db);
}
