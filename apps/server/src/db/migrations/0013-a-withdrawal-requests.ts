import { sql, type Kysely } from 'kysely';

/**
 * Withdrawal-bed requests (seed 004, decision 0014-a): a unit with a care relation asks the
 * county's addiction centre for a bed; the centre's staff triage by medical urgency, admit to a
 * bed, discharge, and at discharge record the coordinated aftercare plan (samlad
 * vårdplanering) with the person — and, if the person wants, a user-organisation
 * representative — linked to a SIP. `bed_unit` says which units hold beds and how many.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    create table bed_unit (
      unit_id uuid primary key references unit(id),
      beds integer not null check (beds >= 0)
    );

    create table withdrawal_request (
      id uuid primary key default gen_random_uuid(),
      person_id uuid not null references person(id),
      bed_unit_id uuid not null references bed_unit(unit_id),
      requesting_unit_id uuid not null references unit(id),
      requesting_organisation_id uuid not null references organisation(id),
      requested_by uuid not null references staff(id),
      requested_at timestamptz not null default now(),
      medically_motivated boolean not null,
      reason text not null,
      status text not null default 'waiting'
        check (status in ('waiting', 'admitted', 'discharged', 'cancelled')),
      urgency text check (urgency in ('acute', 'urgent', 'planned')),
      triaged_by uuid references staff(id),
      triaged_at timestamptz,
      admitted_by uuid references staff(id),
      admitted_at timestamptz,
      discharged_by uuid references staff(id),
      discharged_at timestamptz,
      aftercare_sip_id uuid references sip(id),
      aftercare_person_took_part boolean,
      aftercare_user_organisation text,
      aftercare_note text,
      cancelled_at timestamptz,
      cancel_reason text
    );
    create index withdrawal_request_waiting on withdrawal_request (bed_unit_id, status);
    create index withdrawal_request_person on withdrawal_request (person_id);
  `.execute(db);
}
