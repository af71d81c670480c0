import { sql, type Kysely } from 'kysely';

/**
 * The person's circle (F1): children and adult relatives, each piece of information, advice or
 * support given to them, and the children-as-relatives question with its answer. Each row
 * belongs to the organisation that recorded it (visible like any other record).
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    create table circle_member (
      id uuid primary key default gen_random_uuid(),
      person_id uuid not null references person(id),
      organisation_id uuid not null references organisation(id),
      unit_id uuid not null references unit(id),
      kind text not null check (kind in ('child', 'adult')),
      name text not null,
      relation text not null,
      birth_year integer check (birth_year between 1900 and 9999),
      contact text check (contact in ('household', 'regular-contact')),
      note text,
      recorded_by uuid not null references staff(id),
      recorded_at timestamptz not null default now(),
      check ((kind = 'child') = (contact is not null))
    );
    create index circle_member_person on circle_member (person_id);
    create table circle_support (
      id uuid primary key default gen_random_uuid(),
      member_id uuid not null references circle_member(id),
      kind text not null check (kind in ('information', 'advice', 'support')),
      given_on date not null,
      given_by text not null,
      description text not null,
      recorded_by uuid not null references staff(id),
      recorded_at timestamptz not null default now()
    );
    create index circle_support_member on circle_support (member_id, given_on);
    create table children_question (
      id uuid primary key default gen_random_uuid(),
      person_id uuid not null references person(id),
      organisation_id uuid not null references organisation(id),
      unit_id uuid not null references unit(id),
      context text not null check (context in ('intervention', 'sip', 'other')),
      record_id uuid,
      asked_on date not null,
      answer text not null check (answer in ('children-identified', 'no-children', 'declined')),
      recorded_by uuid not null references staff(id),
      recorded_at timestamptz not null default now()
    );
    create index children_question_person on children_question (person_id, asked_on desc);
  `.execute(db);
}
