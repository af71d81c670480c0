import { sql, type Kysely } from 'kysely';

/**
 * Competence (F16, seeds 002, 001): method trainings (MI, ASI, ÅP, HAP, MET, the family
 * perspective…), their sessions, registrations and attendance. A staff member has completed a
 * training when they attended a session of it; coverage per unit follows from that.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    create table training (
      id uuid primary key default gen_random_uuid(),
      code text not null unique,
      name text not null,
      description text not null default ''
    );
    create table training_session (
      id uuid primary key default gen_random_uuid(),
      training_id uuid not null references training(id),
      held_on date not null,
      place text not null default ''
    );
    create table training_attendance (
      session_id uuid not null references training_session(id),
      staff_id uuid not null references staff(id),
      attended boolean not null default false,
      registered_at timestamptz not null default now(),
      primary key (session_id, staff_id)
    );
    create index training_attendance_staff on training_attendance (staff_id);
  `.execute(db);
}
