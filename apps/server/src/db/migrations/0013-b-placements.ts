import { sql, type Kysely } from 'kysely';

/**
 * HVB placements and the medication-dependence hand-over (seed 000, decision 0014-b). A
 * placement is refused until an active SIP in which the region takes part exists and the cost
 * split is settled (`placement_cost_share` makes 100 %, region and placing municipality in it).
 * During it: medication changes confirmed by the LARO physician, the HVB's follow-up reports
 * to the LARO unit, the discharge meeting to which the LARO unit is invited (`placement_event`).
 * `care_handover`: treatment responsibility handed from one unit to another (primary care →
 * specialist care for medication dependence), always preceded by a SIP.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    create table placement (
      id uuid primary key default gen_random_uuid(),
      person_id uuid not null references person(id),
      kind text not null check (kind in ('hvb')),
      status text not null default 'planned' check (status in ('planned', 'ended')),
      placing_unit_id uuid not null references unit(id),
      placing_organisation_id uuid not null references organisation(id),
      provider_unit_id uuid not null references unit(id),
      provider_organisation_id uuid not null references organisation(id),
      -- The region keeps the health-care responsibility during the placement.
      health_care_organisation_id uuid not null references organisation(id),
      -- The LARO / addiction unit that confirms medication changes and gets the reports.
      laro_unit_id uuid references unit(id),
      sip_id uuid not null references sip(id),
      planned_start date not null,
      ended_on date,
      end_outcome text,
      created_by uuid not null references staff(id),
      created_at timestamptz not null default now()
    );
    create index placement_person on placement (person_id);

    create table placement_cost_share (
      placement_id uuid not null references placement(id),
      organisation_id uuid not null references organisation(id),
      percent integer not null check (percent between 0 and 100),
      primary key (placement_id, organisation_id)
    );

    create table placement_event (
      id uuid primary key default gen_random_uuid(),
      placement_id uuid not null references placement(id),
      kind text not null check (kind in ('medication-change', 'follow-up-report', 'discharge-meeting')),
      text text not null,
      at timestamptz not null default now(),
      meeting_at timestamptz,
      recorded_by uuid not null references staff(id),
      recorded_unit_id uuid not null references unit(id),
      -- Units the event goes to: the LARO unit for reports, the invited units for the meeting.
      recipient_unit_ids uuid[] not null default '{}',
      confirmed_by uuid references staff(id),
      confirmed_at timestamptz
    );
    create index placement_event_placement on placement_event (placement_id);

    create table care_handover (
      id uuid primary key default gen_random_uuid(),
      person_id uuid not null references person(id),
      kind text not null check (kind in ('medication-dependence')),
      from_unit_id uuid not null references unit(id),
      to_unit_id uuid not null references unit(id),
      sip_id uuid not null references sip(id),
      note text,
      handed_over_by uuid not null references staff(id),
      handed_over_at timestamptz not null default now(),
      accepted_by uuid references staff(id),
      accepted_at timestamptz
    );
    create index care_handover_to on care_handover (to_unit_id) where accepted_at is null;
  `.execute(db);
}
