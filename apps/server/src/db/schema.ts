import type { ColumnType, Generated } from 'kysely';

/** Table types for Kysely. Column names are the SQL names (snake_case). */
type Timestamp = ColumnType<Date, Date | string | undefined, Date | string>;
type CreatedAt = ColumnType<Date, Date | string | undefined, never>;

export interface OrganisationTable {
  id: Generated<string>;
  name: string;
  kind: 'region' | 'municipality' | 'private-provider';
  created_at: CreatedAt;
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
  state: 'active' | 'second-factor' | 'enrolment';
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
}
