import type { ColumnType, Generated } from 'kysely';
import type {
  Assessment,
  CollaborationBodyKind,
  DeviationCategory,
  DeviationStatus,
  DisputeLevel,
  DisputeStatus,
  FollowUpArea,
  FollowUpDecision,
  ContactKind,
  ContactStatus,
  InterventionCategory,
  InterventionMethod,
  InterventionOutcome,
  InterventionSetting,
  LegalForm,
  ReferralKind,
  ChildContact,
  ChildrenAnswer,
  ChildrenQuestionContext,
  CircleMemberKind,
  SupportKind,
  CaseManagerKind,
  CaseOutcome,
  GoalEvaluation,
  PublicLanguage,
  PublicServiceCategory,
  InterventionEvaluation,
  ProposalSource,
  SipEnding,
  SipPlan,
  SipStatus,
  // audits:
  AuditAnswer,
  AuditQuestion,
  UserLedAuditStatus,
  CoerciveCareKind,
  CoerciveCareStep,
} from '@vardflata/domain';

// access: the ground a unit registered a person on (contracts `registrationGround`)
type RegistrationGround = 'new-application' | 'report' | 'referral' | 'own-initiative';

/** Table types for Kysely. Column names are the SQL names (snake_case). */
type Timestamp = ColumnType<Date, Date | string | undefined, Date | string>;
type CreatedAt = ColumnType<Date, Date | string | undefined, never>;

export interface OrganisationTable {
  id: Generated<string>;
  name: string;
  kind: 'region' | 'municipality' | 'private-provider';
  created_at: CreatedAt;
  // access: the designated reviewer of emergency access when the organisation has no unit manager
  emergency_reviewer_id: ColumnType<string | null, string | null | undefined, string | null>;
}

export interface UnitTable {
  id: Generated<string>;
  organisation_id: string;
  name: string;
  created_at: CreatedAt;
}

export interface StaffTable {
  id: Generated<string>;
  username: string;
  name: string;
  role: string;
  unit_id: string | null;
  organisation_id: string | null;
  password_hash: string;
  totp_secret: string | null;
  totp_enabled: Generated<boolean>;
  totp_last_step: string | null;
  may_view_protected_identity: Generated<boolean>;
  disabled_at: Timestamp | null;
  is_demo: Generated<boolean>;
  created_at: CreatedAt;
  // platform: the identifier the county's identity provider gives (OIDC claim, e.g. HSA id)
  external_id: string | null;
  // auth: two-person rule (migration 0011-a)
  proposal: 'account' | 'role' | 'password' | 'second-factor' | null;
  proposed_by: string | null;
  proposed_at: Timestamp | null;
  pending_role: string | null;
  pending_unit_id: string | null;
  pending_organisation_id: string | null;
  approved_by: string | null;
  approved_at: Timestamp | null;
  must_change_password: Generated<boolean>;
  must_enrol_second_factor: Generated<boolean>;
}

export interface LoginThrottleTable {
  username: string;
  failures: number;
  next_allowed_at: Timestamp;
  updated_at: Timestamp;
  // auth: the hard lock after 100 consecutive failures (migration 0011-a)
  locked_until: Timestamp | null;
}

// auth: failed sign-ins per client address (migration 0011-a)
export interface LoginAddressThrottleTable {
  address: string;
  failures: number;
  window_started_at: Timestamp;
  updated_at: Timestamp;
}

export interface SessionTable {
  id: string;
  staff_id: string;
  csrf_token: string;
  state: 'active' | 'second-factor' | 'enrolment' | 'self-fill' | 'password-change';
  created_at: CreatedAt;
  last_seen_at: Timestamp;
  expires_at: Timestamp;
}

export interface PersonTable {
  id: Generated<string>;
  personal_identity_number: string;
  identity_number_kind: 'personnummer' | 'samordningsnummer' | 'reservnummer';
  date_of_birth: string;
  given_name: string;
  family_name: string;
  sex: 'female' | 'male' | 'unknown';
  protected_identity: Generated<boolean>;
  test_data: Generated<boolean>;
  created_at: CreatedAt;
  /** Generated from the name (migration 0019-i): read-only. */
  name_key: ColumnType<string, never, never>;
  // identity: reserve numbers and merging (0019-b)
  identity_note: ColumnType<string | null, string | null | undefined, string | null>;
  merged_into_person_id: ColumnType<string | null, string | null | undefined, string | null>;
  merged_at: ColumnType<Date | null, Date | null | undefined, Date | null>;
  merged_by: ColumnType<string | null, string | null | undefined, string | null>;
}

export interface CareRelationTable {
  id: Generated<string>;
  person_id: string;
  unit_id: string;
  organisation_id: string;
  opened_at: Generated<Date>;
  opened_by: string | null;
  closed_at: Timestamp | null;
  closed_by: string | null;
  close_reason: string | null;
  // access: on what ground the unit registered the person (null before 0012)
  registration_ground: ColumnType<
    RegistrationGround | null,
    RegistrationGround | null | undefined,
    RegistrationGround | null
  >;
}

export interface ConsentTable {
  id: Generated<string>;
  person_id: string;
  purpose: 'sip' | 'information-sharing' | 'relatives-participation';
  form: 'written' | 'oral';
  valid_from: string;
  valid_until: string | null;
  note: string | null;
  recorded_at: Generated<Date>;
  recorded_by: string;
  recorded_unit_id: string | null;
  recorded_organisation_id: string;
  revoked_at: Timestamp | null;
  revoked_by: string | null;
  revoke_reason: string | null;
}

export interface ConsentRecipientTable {
  consent_id: string;
  organisation_id: string;
}

export interface EmergencyAccessTable {
  id: Generated<string>;
  person_id: string;
  staff_id: string;
  unit_id: string | null;
  organisation_id: string | null;
  reason: string;
  started_at: Generated<Date>;
  expires_at: Timestamp;
  reviewed_at: Timestamp | null;
  reviewed_by: string | null;
  review_note: string | null;
}

// access: who reviews an emergency access (migration 0012)
export interface EmergencyAccessReviewerTable {
  emergency_access_id: string;
  staff_id: string;
  organisation_id: string;
  basis: 'unit-manager' | 'organisation' | 'designated';
  side: 'accessing' | 'owning';
}

export interface AccessLogTable {
  id: Generated<string>;
  chain: number;
  seq: string;
  at: Timestamp;
  user_id: string | null;
  unit_id: string | null;
  organisation_id: string | null;
  person_id: string | null;
  action: string;
  ground: string;
  outcome: 'allowed' | 'denied';
  detail: string | null;
  prev_hash: string;
  hash: string;
}

export interface AccessLogChainHeadTable {
  chain: number;
  seq: string;
  hash: string;
}

export interface ScreeningTable {
  id: Generated<string>;
  person_id: string;
  instrument: 'AUDIT' | 'DUDIT';
  definition_version: string;
  answers: ColumnType<number[], string, string>;
  points: ColumnType<number[], string, string>;
  total: number;
  interpretation: ColumnType<Record<string, unknown>, string, string>;
  performed_on: string;
  filled_in_by: 'staff' | 'person';
  recorded_at: Generated<Date>;
  recorded_by: string;
  unit_id: string | null;
  organisation_id: string;
}

export interface AssessmentTable {
  id: Generated<string>;
  person_id: string;
  kind: 'asi' | 'criteria' | 'drug-test' | 'violence' | 'lifestyle';
  performed_on: string;
  data: ColumnType<Record<string, unknown>, string, string>;
  result: ColumnType<Record<string, unknown>, string, string>;
  follows_id: string | null;
  recorded_at: Generated<Date>;
  recorded_by: string;
  unit_id: string | null;
  organisation_id: string;
}

// SIP (0003-sip): jsonb columns are read as the domain's shapes and written as JSON text.
type Json<T> = ColumnType<T, string, string>;
type NullableJson<T> = ColumnType<T | null, string | null, string | null>;

/** Where the proposal came from, as stored: the domain's source and the proposer's name. */
export type StoredProposalSource = ProposalSource & { name?: string | null };

export interface SipTable {
  id: Generated<string>;
  person_id: string;
  organisation_id: string;
  unit_id: string;
  status: SipStatus;
  proposed_on: string;
  proposal_source: Json<StoredProposalSource>;
  proposal_note: string | null;
  recorded_by: string;
  first_meeting_on: string | null;
  activated_on: string | null;
  ended_on: string | null;
  ending: NullableJson<SipEnding>;
  plan_version: Generated<number>;
  plan: Json<SipPlan>;
  coordinator_staff_id: string | null;
  next_follow_up_on: string | null;
  person_objects_to_relatives: Generated<boolean>;
  last_activity_at: Generated<Date>;
  created_at: CreatedAt;
}

export interface SipPlanVersionTable {
  sip_id: string;
  version: number;
  plan: Json<SipPlan>;
  change_kind: 'proposed' | 'edited' | 'revised' | 'follow-up';
  based_on: number | null;
  saved_at: Generated<Date>;
  saved_by: string;
  saved_unit_id: string | null;
  saved_organisation_id: string | null;
}

export interface SipParticipantTable {
  id: Generated<string>;
  ordinal: Generated<string>;
  sip_id: string;
  kind: 'staff' | 'unit' | 'private-provider' | 'other-actor' | 'person' | 'relative';
  name: string | null;
  principal: 'region' | 'municipality' | null;
  organisation_id: string | null;
  unit_id: string | null;
  staff_id: string | null;
  role: string | null;
  invitation: Generated<'pending' | 'accepted' | 'declined'>;
  invited_on: string | null;
  responded_on: string | null;
  response_note: string | null;
  /** Who answered (0009): a person invited by name and through her unit answers once. */
  responded_by: string | null;
  added_at: Generated<Date>;
  added_by: string;
  removed_at: Timestamp | null;
  removed_by: string | null;
}

export interface SipMeetingTable {
  id: Generated<string>;
  sip_id: string;
  purpose: 'planning' | 'follow-up';
  starts_at: Timestamp | null;
  duration_minutes: number | null;
  place: string | null;
  video_link: string | null;
  message: string | null;
  status: 'scheduled' | 'held' | 'cancelled';
  held_on: string | null;
  notes: string | null;
  attended_participant_ids: NullableJson<string[]>;
  created_at: CreatedAt;
  created_by: string;
}

export interface SipFollowUpTable {
  id: Generated<string>;
  sip_id: string;
  held_on: string;
  plan_version: number;
  goals: Json<GoalEvaluation[]>;
  interventions: Json<InterventionEvaluation[]>;
  decision: FollowUpDecision;
  next_follow_up_on: string | null;
  note: string | null;
  recorded_at: Generated<Date>;
  recorded_by: string;
}

export interface SipEventTable {
  id: Generated<string>;
  sip_id: string;
  at: Generated<Date>;
  type: string;
  staff_id: string | null;
  unit_id: string | null;
  organisation_id: string | null;
  detail: NullableJson<Record<string, unknown>>;
}

export interface JobTable {
  id: Generated<string>;
  kind: string;
  payload: ColumnType<Record<string, unknown>, string | undefined, string>;
  run_at: Timestamp;
  attempts: Generated<number>;
  max_attempts: Generated<number>;
  locked_until: Timestamp | null;
  done_at: Timestamp | null;
  failed_at: Timestamp | null;
  last_error: string | null;
  dedupe_key: string | null;
  created_at: CreatedAt;
}

export interface NotificationTable {
  id: Generated<string>;
  staff_id: string;
  kind: string;
  title: string;
  body: string;
  sip_id: string | null;
  person_id: string | null;
  due_on: string | null;
  dedupe_key: string | null;
  created_at: CreatedAt;
  read_at: Timestamp | null;
}

// ---- Truth on screen (0010): log reviews and the self-fill lock
export interface LogReviewTable {
  id: Generated<string>;
  organisation_id: string;
  unit_id: string | null;
  reviewed_by: string;
  reviewed_at: Generated<Date>;
  kind: 'sample' | 'search';
  rows_reviewed: number;
  findings: 'none' | 'follow-up';
  note: string | null;
}

export interface SelfFillTable {
  session_id: string;
  staff_id: string;
  person_id: string;
  unit_id: string | null;
  organisation_id: string | null;
  instrument: 'AUDIT' | 'DUDIT';
  ground: 'care-relation' | 'emergency';
  answers: ColumnType<(number | null)[] | null, string | null, string | null>;
  started_at: Generated<Date>;
  answered_at: Timestamp | null;
}

// followup: research extracts (F11, 0014-a)
export interface ResearchKeyTable {
  id: number;
  secret: string;
  created_at: CreatedAt;
}

export interface ResearchExtractTable {
  id: Generated<string>;
  project: string;
  requested_by: string;
  requested_at: Generated<Date>;
  period_from: string;
  period_to: string;
  k: number;
  quasi_identifiers: string;
  rows_released: number;
  rows_withheld: number;
}

// ---- gov: governance and support (0015-a…)
export interface CollaborationBodyTable {
  id: Generated<string>;
  name: string;
  kind: CollaborationBodyKind;
  description: Generated<string>;
  created_at: CreatedAt;
}

export interface CollaborationBodyMemberTable {
  id: Generated<string>;
  body_id: string;
  staff_id: string | null;
  name: string;
  organisation_id: string | null;
  represents: Generated<'principal' | 'user-organisation' | 'relative-organisation'>;
  created_at: CreatedAt;
}

export interface DeviationTable {
  id: Generated<string>;
  category: DeviationCategory;
  description: string;
  reported_by: string;
  reporter_organisation_id: string | null;
  reporter_unit_id: string | null;
  concerns_organisation_id: string;
  status: Generated<DeviationStatus>;
  reported_at: ColumnType<Date, Date | string | undefined, Date | string>;
  answer: string | null;
  answered_by: string | null;
  answered_at: Timestamp | null;
  action_taken: string | null;
  closed_by: string | null;
  closed_at: Timestamp | null;
  raised_to_body_id: string | null;
}

export interface DisputeTable {
  id: Generated<string>;
  title: string;
  description: string;
  raised_by: string;
  raised_by_organisation_id: string | null;
  other_organisation_id: string;
  person_id: string | null;
  level: Generated<DisputeLevel>;
  status: Generated<DisputeStatus>;
  decision: string | null;
  resolved_by: string | null;
  resolved_at: Timestamp | null;
  raised_at: ColumnType<Date, Date | string | undefined, Date | string>;
  raised_to_body_id: ColumnType<string | null, string | null | undefined, string | null>;
}

export interface DisputeStepTable {
  id: Generated<string>;
  dispute_id: string;
  level: DisputeLevel;
  owner_name: string;
  owner_body_id: string | null;
  started_at: Timestamp;
  /** YYYY-MM-DD (the pg driver is told to hand dates back as text). */
  due_on: string;
  ended_at: Timestamp | null;
  ended_how: 'escalated' | 'escalated-overdue' | 'resolved' | null;
  ended_by: string | null;
}

export interface DisputeStepOwnerTable {
  step_id: string;
  staff_id: string;
}

export interface AgreementTable {
  id: Generated<string>;
  title: string;
  kind: 'county' | 'local';
  summary: Generated<string>;
  valid_from: string;
  valid_until: string | null;
  review_on: string | null;
  created_at: CreatedAt;
}

export interface AgreementPartyTable {
  agreement_id: string;
  organisation_id: string;
}

export interface AgreementRevisionTable {
  id: Generated<string>;
  agreement_id: string;
  revised_on: string;
  note: string;
  revised_by: string | null;
}

export interface AgreementRoutineTable {
  id: Generated<string>;
  agreement_id: string;
  title: string;
  created_at: CreatedAt;
}

export interface AgreementRoutineVersionTable {
  routine_id: string;
  version: number;
  body: string;
  note: Generated<string>;
  changed_by: string | null;
  changed_at: ColumnType<Date, Date | string | undefined, Date | string>;
}

export interface AgreementFollowUpTable {
  id: Generated<string>;
  agreement_id: string;
  year: number;
  created_by: string;
  created_at: CreatedAt;
}

export interface FollowUpStatementTable {
  id: Generated<string>;
  follow_up_id: string;
  area: FollowUpArea;
  code: string;
  position: number;
  text: string;
  assessment: Assessment | null;
  comment: Generated<string>;
  assessed_by: string | null;
  assessed_at: Timestamp | null;
}

export interface FollowUpActionTable {
  id: Generated<string>;
  follow_up_id: string;
  level: 'local' | 'county';
  text: string;
  owner: string;
  deadline: string;
  status: Generated<'open' | 'done' | 'not-done'>;
  follow_up_note: Generated<string>;
  followed_up_at: Timestamp | null;
  created_at: CreatedAt;
}

export interface PublicServiceTable {
  id: Generated<string>;
  organisation_id: string;
  category: PublicServiceCategory;
  phone: Generated<string>;
  address: Generated<string>;
  url: Generated<string>;
  position: Generated<number>;
  created_at: CreatedAt;
}

export interface PublicServiceTextTable {
  service_id: string;
  lang: PublicLanguage;
  name: string;
  description: string;
  how_to: string;
  opening_hours: Generated<string>;
  updated_by: string | null;
  updated_at: ColumnType<Date, Date | string | undefined, Date | string>;
}

export interface PublicServiceLinkTable {
  service_id: string;
  linked_service_id: string;
}

// followup: client surveys (F10, 0014-b): no person, no link between invitation and answer
export interface SurveyInvitationTable {
  token_hash: string;
  kind: 'uiv' | 'uiv-eb';
  unit_id: string;
  organisation_id: string;
  expires_on: string;
}

export interface SurveyResponseTable {
  id: Generated<string>;
  kind: 'uiv' | 'uiv-eb';
  unit_id: string;
  organisation_id: string;
  answered_month: string;
  answers: ColumnType<(number | null)[], string, string>;
}

// ---- care: care chains (0013): withdrawal beds, placements, disclosures, LOB
export interface BedUnitTable {
  unit_id: string;
  beds: number;
}

export interface WithdrawalRequestTable {
  id: Generated<string>;
  person_id: string;
  bed_unit_id: string;
  requesting_unit_id: string;
  requesting_organisation_id: string;
  requested_by: string;
  requested_at: Timestamp;
  medically_motivated: boolean;
  reason: string;
  status: Generated<'waiting' | 'admitted' | 'discharged' | 'cancelled'>;
  urgency: 'acute' | 'urgent' | 'planned' | null;
  triaged_by: string | null;
  triaged_at: Timestamp | null;
  admitted_by: string | null;
  admitted_at: Timestamp | null;
  discharged_by: string | null;
  discharged_at: Timestamp | null;
  aftercare_sip_id: string | null;
  aftercare_person_took_part: boolean | null;
  aftercare_user_organisation: string | null;
  aftercare_note: string | null;
  cancelled_at: Timestamp | null;
  cancel_reason: string | null;
}

export interface PlacementTable {
  id: Generated<string>;
  person_id: string;
  kind: 'hvb';
  status: Generated<'planned' | 'ended'>;
  placing_unit_id: string;
  placing_organisation_id: string;
  provider_unit_id: string;
  provider_organisation_id: string;
  health_care_organisation_id: string;
  laro_unit_id: string | null;
  sip_id: string;
  planned_start: string;
  ended_on: string | null;
  end_outcome: string | null;
  created_by: string;
  created_at: CreatedAt;
}

export interface PlacementCostShareTable {
  placement_id: string;
  organisation_id: string;
  percent: number;
}

export interface PlacementEventTable {
  id: Generated<string>;
  placement_id: string;
  kind: 'medication-change' | 'follow-up-report' | 'discharge-meeting';
  text: string;
  at: Timestamp;
  meeting_at: Timestamp | null;
  recorded_by: string;
  recorded_unit_id: string;
  recipient_unit_ids: ColumnType<string[], string[] | undefined, string[]>;
  confirmed_by: string | null;
  confirmed_at: Timestamp | null;
}

export interface CareHandoverTable {
  id: Generated<string>;
  person_id: string;
  kind: 'medication-dependence';
  from_unit_id: string;
  to_unit_id: string;
  sip_id: string;
  note: string | null;
  handed_over_by: string;
  handed_over_at: Timestamp;
  accepted_by: string | null;
  accepted_at: Timestamp | null;
}

export interface DisclosureTable {
  id: Generated<string>;
  person_id: string;
  ground: 'child-at-risk-report' | 'unborn-child-protection';
  legal_reference: string;
  recipient_organisation_id: string;
  content: string;
  disclosed_by: string;
  disclosed_unit_id: string;
  disclosed_organisation_id: string;
  disclosed_at: Timestamp;
  acknowledged_by: string | null;
  acknowledged_at: Timestamp | null;
}

export interface LobIntakeTable {
  id: Generated<string>;
  person_id: string;
  unit_id: string;
  organisation_id: string;
  recorded_by: string;
  brought_in_at: Timestamp;
  brought_by: 'police' | 'other';
  note: string | null;
  status: Generated<'sobering' | 'handed-over'>;
  handover_to: 'withdrawal-care' | 'social-services' | 'home' | null;
  to_unit_id: string | null;
  withdrawal_request_id: string | null;
  handed_over_at: Timestamp | null;
  handed_over_by: string | null;
  minutes_to_handover: number | null;
  received_by: string | null;
  received_at: Timestamp | null;
}

// platform (0017-b): a sign-in through the county's identity provider, from the redirect to the
// callback. Keyed by a hash of `state`; deleted when used, so a replayed state finds nothing.
export interface OidcLoginTable {
  state_hash: string;
  nonce: string;
  code_verifier: string;
  created_at: CreatedAt;
  expires_at: Timestamp;
}

// platform (0017-c): retention (gallring)
export interface RetentionHoldTable {
  person_id: string;
  reason: string;
  placed_by: string;
  placed_at: CreatedAt;
}

export interface AccessLogChainBaseTable {
  chain: number;
  seq: string;
  hash: string;
  cleared_at: Timestamp;
}

export interface RetentionRunTable {
  id: Generated<string>;
  as_of: string;
  dry_run: boolean;
  started_by: string | null;
  report: ColumnType<Record<string, unknown>, string, string>;
  ran_at: CreatedAt;
}

// carecircle: interventions (0016-a)
export interface InterventionTable {
  id: Generated<string>;
  person_id: string;
  organisation_id: string;
  unit_id: string;
  responsible_staff_id: string | null;
  responsible_name: string;
  category: InterventionCategory;
  method: InterventionMethod | null;
  method_note: string | null;
  setting: InterventionSetting;
  legal_form: LegalForm;
  decision_reference: string | null;
  decided_on: string | null;
  start_on: string;
  planned_end_on: string | null;
  end_on: string | null;
  outcome: InterventionOutcome | null;
  outcome_note: string | null;
  recorded_by: string;
  recorded_at: Generated<Date>;
}

// carecircle: referrals and consultations (0016-b)
export interface ReferralTable {
  id: Generated<string>;
  person_id: string;
  kind: ReferralKind;
  from_organisation_id: string;
  from_unit_id: string;
  sent_by: string;
  sent_at: Generated<Date>;
  to_organisation_id: string;
  to_unit_id: string;
  question: string;
  due_on: string;
  answer: string | null;
  answered_by: string | null;
  answered_at: Date | null;
}

// carecircle: the person's circle (0016-c)
export interface CircleMemberTable {
  id: Generated<string>;
  person_id: string;
  organisation_id: string;
  unit_id: string;
  kind: CircleMemberKind;
  name: string;
  relation: string;
  birth_year: number | null;
  contact: ChildContact | null;
  note: string | null;
  recorded_by: string;
  recorded_at: Generated<Date>;
}

export interface CircleSupportTable {
  id: Generated<string>;
  member_id: string;
  kind: SupportKind;
  given_on: string;
  given_by: string;
  description: string;
  recorded_by: string;
  recorded_at: Generated<Date>;
}

export interface ChildrenQuestionTable {
  id: Generated<string>;
  person_id: string;
  organisation_id: string;
  unit_id: string;
  context: ChildrenQuestionContext;
  record_id: string | null;
  asked_on: string;
  answer: ChildrenAnswer;
  recorded_by: string;
  recorded_at: Generated<Date>;
}

// carecircle: case manager and cases (0016-d)
export interface CaseManagerTable {
  id: Generated<string>;
  person_id: string;
  organisation_id: string;
  unit_id: string;
  kind: CaseManagerKind;
  staff_id: string | null;
  team_name: string | null;
  assigned_on: string;
  ended_on: string | null;
  recorded_by: string;
  recorded_at: Generated<Date>;
}

export interface CareCaseTable {
  id: Generated<string>;
  person_id: string;
  organisation_id: string;
  unit_id: string;
  opened_on: string;
  reopened: boolean;
  closed_on: string | null;
  outcome: CaseOutcome | null;
  recorded_by: string;
  recorded_at: Generated<Date>;
}

// ---- lead: integrated receptions (0019-h)
export interface IntegratedReceptionTable {
  id: Generated<string>;
  name: string;
  created_at: CreatedAt;
}

export interface IntegratedReceptionUnitTable {
  unit_id: string;
  reception_id: string;
}

// ---- gov: bodies' meetings and competence (0015-e, 0015-f)
export interface BodyMeetingTable {
  id: Generated<string>;
  body_id: string;
  held_on: string;
  place: Generated<string>;
  status: Generated<'planned' | 'held'>;
  minutes: Generated<string>;
  created_at: CreatedAt;
}

export interface BodyAgendaItemTable {
  id: Generated<string>;
  meeting_id: string;
  title: string;
  deviation_id: string | null;
  dispute_id: string | null;
  position: Generated<number>;
}

export interface BodyDecisionTable {
  id: Generated<string>;
  meeting_id: string;
  text: string;
  position: Generated<number>;
}

export interface TrainingTable {
  id: Generated<string>;
  code: string;
  name: string;
  description: Generated<string>;
}

export interface TrainingSessionTable {
  id: Generated<string>;
  training_id: string;
  held_on: string;
  place: Generated<string>;
}

export interface TrainingAttendanceTable {
  session_id: string;
  staff_id: string;
  attended: Generated<boolean>;
  registered_at: CreatedAt;
}

// audits: user-led audits (brukarrevision, 0019-c): no person, no link between link and answer
export interface UserLedAuditTable {
  id: Generated<string>;
  title: string;
  unit_id: string;
  organisation_id: string;
  period_from: string;
  period_to: string;
  user_organisation: string;
  status: Generated<UserLedAuditStatus>;
  questions: ColumnType<AuditQuestion[], string | undefined, string>;
  commissioned_by: string;
  commissioned_at: ColumnType<Date, Date | string | undefined, Date | string>;
  findings: string | null;
  recommendations: string | null;
  published_at: Timestamp | null;
  planned_actions: string | null;
  responded_by: string | null;
  responded_at: Timestamp | null;
}

export interface UserLedAuditorTable {
  id: Generated<string>;
  audit_id: string;
  name: string;
  token_hash: string;
  invited_by: string;
  invited_at: ColumnType<Date, Date | string | undefined, Date | string>;
}

export interface UserLedAuditLinkTable {
  token_hash: string;
  audit_id: string;
}

export interface UserLedAuditResponseTable {
  id: Generated<string>;
  audit_id: string;
  source: 'link' | 'paper';
  answers: ColumnType<AuditAnswer[], string, string>;
}

// identity: a merge of a reserve identity into the real person (0019-b)
export interface PersonMergeTable {
  id: Generated<string>;
  reserve_person_id: string;
  into_person_id: string;
  merged_at: Generated<Date>;
  merged_by: string;
  unit_id: string | null;
  organisation_id: string | null;
  moved: ColumnType<{ table: string; count: number }[], string, string>;
}

// gov: joint financing (F18, 0019-e). Shares in hundredths of a percent, money in öre; bigint
// columns come back as strings (node-postgres) and are turned into numbers in the repository.
export interface JointOperationTable {
  id: Generated<string>;
  name: string;
  description: Generated<string>;
  created_by: string;
  created_at: CreatedAt;
}

export interface CostKeyVersionTable {
  id: Generated<string>;
  operation_id: string;
  version: number;
  valid_from: string;
  valid_until: string | null;
  region_id: string;
  region_share: number;
  municipal_share: number;
  municipal_basis: 'population' | 'fixed';
  population_year: number | null;
  note: Generated<string>;
  created_by: string;
  created_at: CreatedAt;
}

export interface CostKeyMunicipalityTable {
  key_version_id: string;
  organisation_id: string;
  share: number | null;
}

export interface MunicipalityPopulationTable {
  organisation_id: string;
  year: number;
  population: number;
  recorded_by: string;
  recorded_at: CreatedAt;
}

export interface SettlementPeriodTable {
  id: Generated<string>;
  starts_on: string;
  ends_on: string;
  status: Generated<'open' | 'settled'>;
  snapshot: ColumnType<unknown, string | null | undefined, string | null>;
  settled_by: string | null;
  settled_at: Timestamp | null;
  created_by: string;
  created_at: CreatedAt;
}

export interface JointOperationCostTable {
  operation_id: string;
  period_id: string;
  amount_ore: ColumnType<string | number, number, number>;
  recorded_by: string;
  recorded_at: CreatedAt;
}

export interface PlacementDailyRateTable {
  placement_id: string;
  daily_rate_ore: ColumnType<string | number, number, number>;
  recorded_by: string;
  recorded_at: CreatedAt;
}

// carecircle: the LVM/LVU process checklist (0019-a)
export interface CoerciveCareProcessTable {
  id: Generated<string>;
  person_id: string;
  kind: CoerciveCareKind;
  organisation_id: string;
  unit_id: string;
  started_on: string;
  started_by: string;
  ended_on: string | null;
  created_at: Generated<Date>;
}

export interface CoerciveCareStepTable {
  id: Generated<string>;
  process_id: string;
  step: CoerciveCareStep;
  done_on: string;
  done_by: string;
  note: string | null;
  recorded_at: Generated<Date>;
}

// contacts: visits and contacts (0020-c)
export interface ContactTable {
  id: Generated<string>;
  person_id: string;
  organisation_id: string;
  unit_id: string;
  contact_on: string;
  kind: ContactKind;
  status: ContactStatus;
  note: string | null;
  recorded_by: string;
  recorded_at: Generated<Date>;
  changed_by: string | null;
  changed_at: Date | null;
}

export interface Database {
  organisation: OrganisationTable;
  unit: UnitTable;
  staff: StaffTable;
  login_throttle: LoginThrottleTable;
  session: SessionTable;
  person: PersonTable;
  care_relation: CareRelationTable;
  consent: ConsentTable;
  consent_recipient: ConsentRecipientTable;
  emergency_access: EmergencyAccessTable;
  access_log: AccessLogTable;
  access_log_chain_head: AccessLogChainHeadTable;
  sip: SipTable;
  sip_plan_version: SipPlanVersionTable;
  sip_participant: SipParticipantTable;
  sip_meeting: SipMeetingTable;
  sip_follow_up: SipFollowUpTable;
  sip_event: SipEventTable;
  job: JobTable;
  notification: NotificationTable;
  screening: ScreeningTable;
  assessment: AssessmentTable;
  // Truth on screen (0010)
  log_review: LogReviewTable;
  self_fill: SelfFillTable;
  // access: emergency access reviewers (0012)
  emergency_access_reviewer: EmergencyAccessReviewerTable;
  // followup: research extracts (F11)
  research_key: ResearchKeyTable;
  research_extract: ResearchExtractTable;
  // gov: governance and support
  collaboration_body: CollaborationBodyTable;
  collaboration_body_member: CollaborationBodyMemberTable;
  deviation: DeviationTable;
  dispute: DisputeTable;
  dispute_step: DisputeStepTable;
  dispute_step_owner: DisputeStepOwnerTable;
  agreement: AgreementTable;
  agreement_party: AgreementPartyTable;
  agreement_revision: AgreementRevisionTable;
  agreement_routine: AgreementRoutineTable;
  agreement_routine_version: AgreementRoutineVersionTable;
  agreement_follow_up: AgreementFollowUpTable;
  follow_up_statement: FollowUpStatementTable;
  follow_up_action: FollowUpActionTable;
  public_service: PublicServiceTable;
  public_service_text: PublicServiceTextTable;
  public_service_link: PublicServiceLinkTable;
  // platform (0017)
  oidc_login: OidcLoginTable;
  retention_hold: RetentionHoldTable;
  access_log_chain_base: AccessLogChainBaseTable;
  retention_run: RetentionRunTable;
  // care: care chains (0013)
  bed_unit: BedUnitTable;
  withdrawal_request: WithdrawalRequestTable;
  placement: PlacementTable;
  placement_cost_share: PlacementCostShareTable;
  placement_event: PlacementEventTable;
  care_handover: CareHandoverTable;
  disclosure: DisclosureTable;
  lob_intake: LobIntakeTable;
  // carecircle: care chains
  intervention: InterventionTable;
  referral: ReferralTable;
  circle_member: CircleMemberTable;
  circle_support: CircleSupportTable;
  children_question: ChildrenQuestionTable;
  case_manager: CaseManagerTable;
  care_case: CareCaseTable;
  // auth: sign-in throttling per address (0011-a)
  login_address_throttle: LoginAddressThrottleTable;
  // followup: client surveys (F10)
  survey_invitation: SurveyInvitationTable;
  survey_response: SurveyResponseTable;
  // gov: bodies' meetings and competence
  body_meeting: BodyMeetingTable;
  body_agenda_item: BodyAgendaItemTable;
  body_decision: BodyDecisionTable;
  training: TrainingTable;
  training_session: TrainingSessionTable;
  training_attendance: TrainingAttendanceTable;
  // lead: integrated receptions (0019-h)
  integrated_reception: IntegratedReceptionTable;
  integrated_reception_unit: IntegratedReceptionUnitTable;
  // audits: user-led audits (brukarrevision, 0019-c)
  user_led_audit: UserLedAuditTable;
  user_led_auditor: UserLedAuditorTable;
  user_led_audit_link: UserLedAuditLinkTable;
  user_led_audit_response: UserLedAuditResponseTable;
  // identity: merges of reserve identities (0019-b)
  person_merge: PersonMergeTable;
  // gov: joint financing (F18, 0019-e)
  joint_operation: JointOperationTable;
  cost_key_version: CostKeyVersionTable;
  cost_key_municipality: CostKeyMunicipalityTable;
  municipality_population: MunicipalityPopulationTable;
  settlement_period: SettlementPeriodTable;
  joint_operation_cost: JointOperationCostTable;
  placement_daily_rate: PlacementDailyRateTable;
  // carecircle: the LVM/LVU process checklist (0019-a)
  coercive_care_process: CoerciveCareProcessTable;
  coercive_care_step: CoerciveCareStepTable;
  // contacts: visits and contacts (0020-c)
  contact: ContactTable;
}
