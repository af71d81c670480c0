import { sql, type Kysely } from 'kysely';

/**
 * LOB sobering intakes (seed 002, decision 0014-d): a person taken into custody under LOB
 * (lagen om omhändertagande av berusade personer) sobers up at the region's unit instead of a
 * police cell; the intake is recorded with its hand-over — to withdrawal care (a bed request),
 * to social services (under consent) or home — and the minutes the hand-over took.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    create table lob_intake (
      id uuid primary key default gen_random_uuid(),
      person_id uuid not null references person(id),
      unit_id uuid not null references unit(id),
      organisation_id uuid not null references organisation(id),
      recorded_by uuid not null references staff(id),
      brought_in_at timestamptz not null,
      brought_by text not null check (brought_by in ('police', 'other')),
      note text,
      status text not null default 'sobering' check (status in ('sobering', 'handed-over')),
      handover_to text check (handover_to in ('withdrawal-care', 'social-services', 'home')),
      to_unit_id uuid references unit(id),
      withdrawal_request_id uuid references withdrawal_request(id),
      handed_over_at timestamptz,
      handed_over_by uuid references staff(id),
      minutes_to_handover integer,
      received_by uuid references staff(id),
      received_at timestamptz
    );
    create index lob_intake_unit on lob_intake (unit_id, status);
    create index lob_intake_to on lob_intake (to_unit_id) where received_at is null;
  `.execute(db);
}
