/**
 * Every table that holds personal data (a `person_id` column), and how retention governs it
 * (decisions 0018-d, 0019-g). A row belongs to exactly one *holding*: the person and the
 * principal that keeps the record (`holder`); the holder's kind decides the period (a
 * municipality's social-services record, a region's or provider's health record). A test reads
 * information_schema and fails for a table with `person_id` that is in neither list below.
 *
 * The SQL fragments are written over the alias `r` (the table's row).
 */
export interface GovernedTable {
  table: string;
  /** The organisation that keeps the record (SQL, uuid). */
  holder: string;
  /** The row's last entry (SQL, timestamptz); children's entries count too. */
  at: string;
  /** Still under way (SQL, boolean): the holding is never cleared while true. */
  open?: string;
  /** Rows that hang on this one (no person_id of their own), deleted with it first. */
  children?: { table: string; column: string }[];
  /** Nullable references from other tables, set to null before the row goes. */
  detach?: { table: string; column: string }[];
  /** The row's key, when not `id`. */
  key?: string;
  /** `unlink`: a governance record that stays; only its link to the person is cleared. */
  clear?: 'delete' | 'unlink';
}

/** A date column as the start of that day in Sweden. */
const day = (column: string) => `(${column}::timestamp at time zone 'Europe/Stockholm')`;
const unitOrganisation = (column: string) =>
  `(select u.organisation_id from unit u where u.id = ${column})`;

/**
 * In clearing order: a record that points at another (a placement or hand-over at its SIP) is
 * cleared before what it points at.
 */
export const GOVERNED_TABLES: GovernedTable[] = [
  {
    // The placing social services decide and keep the placement (SoL/LVM); the provider's and
    // the region's part (cost shares, events) go with it.
    table: 'placement',
    holder: 'r.placing_organisation_id',
    at: `greatest(r.created_at, ${day('r.ended_on')},
      (select max(greatest(e.at, e.confirmed_at)) from placement_event e where e.placement_id = r.id))`,
    open: `r.status = 'planned'`,
    children: [
      { table: 'placement_event', column: 'placement_id' },
      { table: 'placement_cost_share', column: 'placement_id' },
    ],
  },
  {
    // The handing-over unit's record of the hand-over.
    table: 'care_handover',
    holder: unitOrganisation('r.from_unit_id'),
    at: 'coalesce(r.accepted_at, r.handed_over_at)',
    open: 'r.accepted_at is null',
  },
  {
    // A request for a withdrawal bed is the bed unit's (health care's) record.
    table: 'withdrawal_request',
    holder: unitOrganisation('r.bed_unit_id'),
    at: 'greatest(r.requested_at, r.triaged_at, r.admitted_at, r.discharged_at, r.cancelled_at)',
    open: `r.status in ('waiting', 'admitted')`,
    detach: [{ table: 'lob_intake', column: 'withdrawal_request_id' }],
  },
  {
    table: 'lob_intake',
    holder: 'r.organisation_id',
    at: 'greatest(r.brought_in_at, r.handed_over_at, r.received_at)',
    open: `r.status = 'sobering'`,
  },
  {
    // The SIP is its owner's; kept while a placement or hand-over of another holder points at it.
    table: 'sip',
    holder: 'r.organisation_id',
    at: 'r.last_activity_at',
    open: `r.status not in ('closed', 'refused', 'withdrawn')
      or exists (select 1 from placement p where p.sip_id = r.id
                   and p.placing_organisation_id <> r.organisation_id)
      or exists (select 1 from care_handover h where h.sip_id = r.id
                   and ${unitOrganisation('h.from_unit_id')} <> r.organisation_id)`,
    children: [
      { table: 'notification', column: 'sip_id' },
      { table: 'sip_event', column: 'sip_id' },
      { table: 'sip_follow_up', column: 'sip_id' },
      { table: 'sip_meeting', column: 'sip_id' },
      { table: 'sip_participant', column: 'sip_id' },
      { table: 'sip_plan_version', column: 'sip_id' },
    ],
    detach: [{ table: 'withdrawal_request', column: 'aftercare_sip_id' }],
  },
  {
    // A notification about a person outside a SIP: the recipient's organisation's.
    table: 'notification',
    holder: `coalesce((select s.organisation_id from sip s where s.id = r.sip_id),
      (select st.organisation_id from staff st where st.id = r.staff_id))`,
    at: 'r.created_at',
  },
  {
    table: 'care_relation',
    holder: 'r.organisation_id',
    at: 'coalesce(r.closed_at, r.opened_at)',
    open: 'r.closed_at is null',
  },
  {
    table: 'consent',
    holder: 'r.recorded_organisation_id',
    at: 'coalesce(r.revoked_at, r.recorded_at)',
    children: [{ table: 'consent_recipient', column: 'consent_id' }],
  },
  { table: 'screening', holder: 'r.organisation_id', at: 'r.recorded_at' },
  {
    table: 'assessment',
    holder: 'r.organisation_id',
    at: 'r.recorded_at',
    detach: [{ table: 'assessment', column: 'follows_id' }],
  },
  {
    // A self-fill on the unit's tablet, keyed by its session.
    table: 'self_fill',
    key: 'session_id',
    holder: `coalesce(r.organisation_id, ${unitOrganisation('r.unit_id')})`,
    at: 'greatest(r.started_at, r.answered_at)',
  },
  {
    // The accessing organisation's record of a break-the-glass access, with its reviews.
    table: 'emergency_access',
    holder: `coalesce(r.organisation_id, ${unitOrganisation('r.unit_id')})`,
    at: 'greatest(r.started_at, r.expires_at, r.reviewed_at)',
    children: [{ table: 'emergency_access_reviewer', column: 'emergency_access_id' }],
  },
  {
    table: 'intervention',
    holder: 'r.organisation_id',
    at: `greatest(r.recorded_at, ${day('r.end_on')})`,
    open: 'r.end_on is null',
  },
  {
    // The sender keeps the referral and the answer it received.
    table: 'referral',
    holder: 'r.from_organisation_id',
    at: 'coalesce(r.answered_at, r.sent_at)',
    open: 'r.answer is null',
  },
  {
    // The person's circle: relatives and children, with the support given to them.
    table: 'circle_member',
    holder: 'r.organisation_id',
    at: `greatest(r.recorded_at,
      (select max(s.recorded_at) from circle_support s where s.member_id = r.id))`,
    children: [{ table: 'circle_support', column: 'member_id' }],
  },
  { table: 'children_question', holder: 'r.organisation_id', at: 'r.recorded_at' },
  {
    table: 'case_manager',
    holder: 'r.organisation_id',
    at: `greatest(r.recorded_at, ${day('r.ended_on')})`,
    open: 'r.ended_on is null',
  },
  {
    table: 'care_case',
    holder: 'r.organisation_id',
    at: `greatest(r.recorded_at, ${day('r.closed_on')})`,
    open: 'r.closed_on is null',
  },
  {
    // The LVM/LVU checklist (0019-a): kept by the social services that ran it, with its steps.
    table: 'coercive_care_process',
    holder: 'r.organisation_id',
    at: `greatest(r.created_at, ${day('r.ended_on')})`,
    open: 'r.ended_on is null',
    children: [{ table: 'coercive_care_step', column: 'process_id' }],
  },
  {
    // Visits and contacts (0020-c): the unit's organisation keeps them. The contact's own day
    // counts as an entry, so a booking ahead keeps the holding until after that day; a booking
    // whose outcome was never recorded does not hold it open for ever.
    table: 'contact',
    holder: 'r.organisation_id',
    at: `greatest(r.recorded_at, r.changed_at, ${day('r.contact_on')})`,
  },
  {
    // The disclosing organisation documents what it disclosed (OSL 10 kap.).
    table: 'disclosure',
    holder: 'r.disclosed_organisation_id',
    at: 'coalesce(r.acknowledged_at, r.disclosed_at)',
  },
  {
    // A dispute between principals is a governance record: it stays, its person link goes.
    table: 'dispute',
    holder: 'coalesce(r.raised_by_organisation_id, r.other_organisation_id)',
    at: 'coalesce(r.resolved_at, r.raised_at)',
    open: `r.status = 'open'`,
    clear: 'unlink',
  },
];

/** Tables with a person_id that retention does not clear as a holding, and why. */
export const RETENTION_EXEMPT: Record<string, string> = {
  access_log:
    'its own rule (kind access-log, 5 years), cleared by whole chain segments so the chains verify',
  retention_hold:
    'the legal hold itself: it stops all clearing of the person until a unit manager releases it',
};
