import type { ColumnType, Generated } from 'kysely';
import type {
  FollowUpDecision,
  GoalEvaluation,
  InterventionEvaluation,
  ProposalSource,
  SipEnding,
  SipPlan,
  SipStatus,
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
}

export interface LoginThrottleTable {
  username: string;
  failures: number;
  next_allowed_at: Timestamp;
  updated_at: Timestamp;
}

export interface SessionTable {
  id: string;
  staff_id: string;
  csrf_token: string;
  state: 'active' | 'second-factor' | 'enrolment' | 'self-fill';
  created_at: CreatedAt;
  last_seen_at: Timestamp;
  expires_at: Timestamp;
}

export interface PersonTable {
  id: Generated<string>;
  personal_identity_number: string;
  identity_number_kind: 'personnummer' | 'samordningsnummer';
  date_of_birth: string;
  given_name: string;
  family_name: string;
  sex: 'female' | 'male' | 'unknown';
  protected_identity: Generated<boolean>;
  test_data: Generated<boolean>;
  created_at: CreatedAt;
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
  // platform (0017)
  oidc_login: OidcLoginTable;
  retention_hold: RetentionHoldTable;
  access_log_chain_base: AccessLogChainBaseTable;
  retention_run: RetentionRunTable;
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
