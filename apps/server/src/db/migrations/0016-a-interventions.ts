import { sql, type Kysely } from 'kysely';

/**
 * Interventions (insatser, F5) as records of their own: who answers for it (the organisation
 * and unit), the responsible person, its category and method (psychosocial treatment and support
 * kept apart), group or individual, legal form, the decision it rests on, and its period and
 * outcome. Visible under the same rule as every other record (access/policy.ts recordGround).
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    create table intervention (
      id uuid primary key default gen_random_uuid(),
      person_id uuid not null references person(id),
      organisation_id uuid not null references organisation(id),
      unit_id uuid not null references unit(id),
      responsible_staff_id uuid references staff(id),
      responsible_name text not null,
      category text not null check (category in ('psychosocial-treatment',
        'psychosocial-support', 'withdrawal-inpatient', 'withdrawal-outpatient', 'laro',
        'medication')),
      method text,
      method_note text,
      setting text not null check (setting in ('individual', 'group')),
      legal_form text not null check (legal_form in ('voluntary', 'lvm', 'lvu', 'lpt')),
      decision_reference text,
      decided_on date,
      start_on date not null,
      planned_end_on date,
      end_on date,
      outcome text check (outcome in ('goals-met', 'partly-met', 'not-met',
        'discontinued-by-person', 'transferred')),
      outcome_note text,
      recorded_by uuid not null references staff(id),
      recorded_at timestamptz not null default now(),
      check ((end_on is null) = (outcome is null)),
      check (category in ('psychosocial-treatment', 'psychosocial-support') = (method is not null))
    );
    create index intervention_person on intervention (person_id, start_on desc);
  `.execute(db);
}
