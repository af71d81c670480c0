import { sql, type Kysely } from 'kysely';

/**
 * Self-fill (självskattning): while the person fills in AUDIT or DUDIT on the staff member's
 * device, the session is locked in the state 'self-fill' — every ordinary route refuses it —
 * until the staff member signs back in with her password (decision 0010-a). The row holds what is
 * being filled in; it goes with the session (ended, expired), so no answers outlive it.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    alter table session drop constraint session_state_check;
    alter table session add constraint session_state_check
      check (state in ('active', 'second-factor', 'enrolment', 'self-fill'));

    create table self_fill (
      session_id text primary key references session(id) on delete cascade,
      staff_id uuid not null references staff(id),
      person_id uuid not null references person(id),
      unit_id uuid references unit(id),
      organisation_id uuid references organisation(id),
      instrument text not null check (instrument in ('AUDIT', 'DUDIT')),
      -- The ground the staff member saw the person on when she handed over (logged with each act).
      ground text not null check (ground in ('care-relation', 'emergency')),
      answers jsonb,
      started_at timestamptz not null default now(),
      answered_at timestamptz
    );
  `.execute(db);
}
