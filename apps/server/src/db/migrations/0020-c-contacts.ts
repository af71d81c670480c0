import { sql, type Kysely } from 'kysely';

/**
 * Contacts (besök och kontakter, decision 0020-c): a visit, call, video meeting, home visit or
 * group session of a unit with the person, booked and then held, cancelled or missed (no-show).
 * The unit's organisation keeps it, visible under the same rule as every other record
 * (access/policy.ts recordGround). The follow-up counts the held ones per unit and day, which
 * the partial index serves without reading the table.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    create table contact (
      id uuid primary key default gen_random_uuid(),
      person_id uuid not null references person(id),
      organisation_id uuid not null references organisation(id),
      unit_id uuid not null references unit(id),
      contact_on date not null,
      kind text not null check (kind in ('visit', 'phone', 'video', 'home-visit',
        'group-session')),
      status text not null check (status in ('booked', 'held', 'cancelled', 'no-show')),
      note text check (char_length(note) <= 300),
      recorded_by uuid not null references staff(id),
      recorded_at timestamptz not null default now(),
      changed_by uuid references staff(id),
      changed_at timestamptz,
      check ((changed_by is null) = (changed_at is null))
    );
    create index contact_person on contact (person_id, contact_on desc);
    create index contact_held on contact (contact_on, organisation_id, unit_id)
      where status = 'held';
  `.execute(db);
}
