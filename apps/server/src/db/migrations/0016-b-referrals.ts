import { sql, type Kysely } from 'kysely';

/**
 * Referral and consultation between the principals (F6): from a unit to a unit of another
 * organisation, with a question, a due date and an answer. Sent only under a consent naming the
 * recipient organisation; the recipient unit sees it while that consent holds.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    create table referral (
      id uuid primary key default gen_random_uuid(),
      person_id uuid not null references person(id),
      kind text not null check (kind in ('co-morbidity-assessment', 'laro-assessment',
        'laro-medication-start', 'consultation-support', 'report-back', 'other')),
      from_organisation_id uuid not null references organisation(id),
      from_unit_id uuid not null references unit(id),
      sent_by uuid not null references staff(id),
      sent_at timestamptz not null default now(),
      to_organisation_id uuid not null references organisation(id),
      to_unit_id uuid not null references unit(id),
      question text not null,
      due_on date not null,
      answer text,
      answered_by uuid references staff(id),
      answered_at timestamptz,
      check ((answer is null) = (answered_at is null))
    );
    create index referral_person on referral (person_id, sent_at desc);
    create index referral_to_unit on referral (to_unit_id) where answer is null;
    create index referral_from_unit on referral (from_unit_id) where answer is null;
  `.execute(db);
}
