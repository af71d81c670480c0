import { sql, type Kysely } from 'kysely';

/**
 * Reserve numbers and merging identities (decision 0019-b).
 * - person.identity_number_kind may be `reservnummer` (a number Vårdfläta issues, never a
 *   valid personnummer: it carries letters); reserve_serial numbers them without reuse.
 * - identity_note: what else is known of a person registered without a number.
 * - merged_into_person_id / merged_at / merged_by: a reserve identity merged into the real
 *   person stays as a tombstone pointing at it, so old links find where it went.
 * - person_merge: each merge, with what moved, for the record.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    alter table person drop constraint person_identity_number_kind_check;
    alter table person add constraint person_identity_number_kind_check
      check (identity_number_kind in ('personnummer', 'samordningsnummer', 'reservnummer'));
    alter table person add column identity_note text;
    alter table person add column merged_into_person_id uuid references person(id);
    alter table person add column merged_at timestamptz;
    alter table person add column merged_by uuid references staff(id);
    alter table person add constraint person_merged_is_reserve
      check (merged_into_person_id is null or identity_number_kind = 'reservnummer');
    create sequence reserve_serial start 1 maxvalue 999999 no cycle;

    create table person_merge (
      id uuid primary key default gen_random_uuid(),
      reserve_person_id uuid not null unique references person(id),
      into_person_id uuid not null references person(id),
      merged_at timestamptz not null default now(),
      merged_by uuid not null references staff(id),
      unit_id uuid references unit(id),
      organisation_id uuid references organisation(id),
      moved jsonb not null
    );
    create index person_merge_into on person_merge (into_person_id);
  `.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`
    drop table person_merge;
    drop sequence reserve_serial;
    alter table person drop constraint person_merged_is_reserve;
    alter table person drop column merged_by;
    alter table person drop column merged_at;
    alter table person drop column merged_into_person_id;
    alter table person drop column identity_note;
    alter table person drop constraint person_identity_number_kind_check;
    alter table person add constraint person_identity_number_kind_check
      check (identity_number_kind in ('personnummer', 'samordningsnummer'));
  `.execute(db);
}
