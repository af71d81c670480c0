import { sql, type Kysely } from 'kysely';

/**
 * Disclosures on a legal ground (F2, seed 001, decision 0014-c): a report of concern for a child
 * (orosanmälan) and information about a pregnant woman needed to protect the unborn child are
 * explicit acts without consent — ground, legal reference, recipient organisation and content.
 * The recipient sees the content and whom it is about, nothing else of the person's records.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    create table disclosure (
      id uuid primary key default gen_random_uuid(),
      person_id uuid not null references person(id),
      ground text not null check (ground in ('child-at-risk-report', 'unborn-child-protection')),
      legal_reference text not null,
      recipient_organisation_id uuid not null references organisation(id),
      content text not null,
      disclosed_by uuid not null references staff(id),
      disclosed_unit_id uuid not null references unit(id),
      disclosed_organisation_id uuid not null references organisation(id),
      disclosed_at timestamptz not null default now(),
      acknowledged_by uuid references staff(id),
      acknowledged_at timestamptz
    );
    create index disclosure_recipient on disclosure (recipient_organisation_id, disclosed_at);
    create index disclosure_person on disclosure (person_id);
  `.execute(db);
}
