import { sql, type Kysely } from 'kysely';

/**
 * The LVM/LVU process checklist per person (decision 0019-a): a process that social services
 * start for a person, and each step recorded as done, on a date, by whom. The statutory limits
 * are data in @vardflata/domain, not columns: a due date is computed from the steps' dates.
 * A repeating step (LVU review) may be recorded more than once; every other step once.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    create table coercive_care_process (
      id uuid primary key default gen_random_uuid(),
      person_id uuid not null references person(id),
      kind text not null check (kind in ('lvm', 'lvu')),
      organisation_id uuid not null references organisation(id),
      unit_id uuid not null references unit(id),
      started_on date not null,
      started_by uuid not null references staff(id),
      ended_on date,
      created_at timestamptz not null default now()
    );
    create index coercive_care_process_person on coercive_care_process (person_id);
    create index coercive_care_process_open on coercive_care_process (unit_id)
      where ended_on is null;
    create table coercive_care_step (
      id uuid primary key default gen_random_uuid(),
      process_id uuid not null references coercive_care_process(id),
      step text not null,
      done_on date not null,
      done_by uuid not null references staff(id),
      note text,
      recorded_at timestamptz not null default now()
    );
    create unique index coercive_care_step_once on coercive_care_step (process_id, step)
      where step <> 'review';
    create index coercive_care_step_process on coercive_care_step (process_id, done_on);
  `.execute(db);
}
