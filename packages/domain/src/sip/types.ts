/**
 * SIP — samordnad individuell plan (HSL 16 kap 4 §, SoL 2 kap 7 §): the plan content, its
 * participants and the life-cycle record. Dates are `YYYY-MM-DD`.
 */

/** The two principals (huvudmän) that share the legal responsibility. */
export type Principal = 'region' | 'municipality';

/** Who answers for an intervention; 'other' is any actor outside region and municipality. */
export type InterventionPrincipal = Principal | 'other';

export type GoalHorizon = 'short' | 'long';

export interface Goal {
  id: string;
  text: string;
  horizon: GoalHorizon;
}

export interface StaffRef {
  staffId: string;
  name: string;
}

/** The responsible person may be outside the system (another actor), hence staffId optional. */
export interface ResponsiblePerson {
  staffId?: string | null;
  name: string;
}

export interface Intervention {
  id: string;
  description: string;
  principal: InterventionPrincipal;
  /** Region or municipality interventions name their organisation and unit (verksamhet). */
  organisationId: string | null;
  unitId: string | null;
  /** The actor's name when the principal is 'other' (it has no organisation in the system). */
  otherActor?: string | null;
  responsible?: ResponsiblePerson | null;
  /** The goals this intervention serves. */
  goalIds: string[];
  /** A type code, e.g. 'hvb-placement', 'laro', 'withdrawal-inpatient' (F5). */
  kind?: string | null;
  /** Free tags; the SIP gates look for e.g. 'medication-dependence-handover' here. */
  tags?: string[];
  /** Planned period; an intervention that ended before today no longer covers a gate. */
  startOn?: string | null;
  endOn?: string | null;
  /** carecircle: the intervention record (F5) this line of the plan stands for, if any. */
  interventionRecordId?: string | null;
}

/** The type codes an intervention may carry (F5); the SIP gates look for some of them. */
export const INTERVENTION_KINDS = [
  'psychosocial-treatment',
  'psychosocial-support',
  'housing',
  'occupation',
  'withdrawal-inpatient',
  'withdrawal-outpatient',
  'laro',
  'medication',
  'psychiatric-care',
  'hvb-placement',
  'other',
] as const;
export type InterventionKind = (typeof INTERVENTION_KINDS)[number];

/** The tag that marks handing medication dependence from primary to specialist care (a gate). */
export const HANDOVER_TAG = 'medication-dependence-handover';

/** Law item 3: measures by others than region and municipality (e.g. Försäkringskassan). */
export interface MeasureByOthers {
  actor: string;
  description: string;
}

/** The plan content; each saved edit is a new version (see diff.ts for merging). */
export interface SipPlan {
  /** Law item 1: what the problem is, and the needs. */
  problemAndNeeds: string;
  /** The person's own words and wishes, kept apart from the professionals' description. */
  ownWords: string;
  goals: Goal[];
  /** Law items 1 and 2: the interventions and who answers for each. */
  interventions: Intervention[];
  measuresByOthers: MeasureByOthers[];
  /** An explicit "no measures by others", so an empty list is never ambiguous. */
  measuresByOthersNone: boolean;
  /** Law item 4. */
  overallResponsibility: Principal | null;
  /** Law item 5: who coordinates and follows the plan up. */
  coordinator: StaffRef | null;
  nextFollowUpOn: string | null;
}

export const PARTICIPANT_KINDS = [
  'staff',
  'unit',
  'private-provider',
  'other-actor',
  'person',
  'relative',
] as const;
export type ParticipantKind = (typeof PARTICIPANT_KINDS)[number];

export const INVITATION_RESPONSES = ['pending', 'accepted', 'declined'] as const;
export type InvitationResponse = (typeof INVITATION_RESPONSES)[number];

export interface Participant {
  id: string;
  kind: ParticipantKind;
  name: string;
  principal?: Principal | null;
  organisationId?: string | null;
  unitId?: string | null;
  staffId?: string | null;
  /** E.g. 'mother', 'LARO nurse', 'user organisation representative'. */
  role?: string | null;
  invitation: InvitationResponse;
  invitedOn?: string | null;
  respondedOn?: string | null;
}

/**
 * Statuses of the life cycle. Consent revocation is NOT a status but the `frozen` flag on the
 * record: revocation can hit a SIP in any open status, and when a new consent comes the plan
 * must resume exactly where it stood (an invited SIP stays invited, an active one active).
 * A 'frozen' status would lose that, and an active-but-frozen plan is still an active plan for
 * indicators while no longer counting for the gates or allowing meetings.
 */
export const SIP_STATUSES = [
  'proposed',
  'invited',
  'meeting-held',
  'active',
  'closed',
  'refused',
  'withdrawn',
] as const;
export type SipStatus = (typeof SIP_STATUSES)[number];

export const TERMINAL_STATUSES: readonly SipStatus[] = ['closed', 'refused', 'withdrawn'];

/** Statuses of a SIP that is still under way (not closed, refused or withdrawn). */
export const OPEN_STATUSES: readonly SipStatus[] = [
  'proposed',
  'invited',
  'meeting-held',
  'active',
];

/** Statuses before the plan is active: a draft, ended by refusal or withdrawal. */
export const BEFORE_ACTIVE_STATUSES: readonly SipStatus[] = ['proposed', 'invited', 'meeting-held'];

/** Statuses in which a lacking `sip` consent freezes the SIP (proposed: nothing shared yet). */
export const FREEZABLE_STATUSES: readonly SipStatus[] = ['invited', 'meeting-held', 'active'];

export const isOpenStatus = (status: SipStatus): boolean => OPEN_STATUSES.includes(status);

/** Where a proposal came from: staff of either principal, or recorded from someone else. */
export type ProposalSource =
  | { kind: 'staff'; principal: Principal; organisationId: string; unitId: string; staffId: string }
  | { kind: 'person' }
  | { kind: 'guardian'; name?: string | null }
  | { kind: 'school'; name?: string | null };

export interface SipProposal {
  on: string;
  source: ProposalSource;
  /** The staff member who recorded the proposal (also for proposals from others). */
  recordedBy: StaffRef;
  note?: string | null;
}

export const CLOSE_OUTCOMES = [
  'goals-achieved',
  'goals-partly-achieved',
  'goals-not-achieved',
  'no-longer-needed',
  'consent-revoked',
  'moved',
  'deceased',
  'other',
] as const;
export type CloseOutcome = (typeof CLOSE_OUTCOMES)[number];

export type SipEnding =
  | { kind: 'closed'; on: string; outcome: CloseOutcome; note?: string | null }
  | { kind: 'refused'; on: string; reason: string }
  | { kind: 'withdrawn'; on: string; reason: string };

/** The life-cycle record of one SIP. */
export interface Sip {
  id: string;
  personId: string;
  status: SipStatus;
  /** True while the person's `sip` consent is revoked (see SipStatus). */
  frozen: boolean;
  proposal: SipProposal;
  firstMeetingOn: string | null;
  activatedOn: string | null;
  /** Starts at 1; every saved plan change adds one. */
  planVersion: number;
  plan: SipPlan;
  participants: Participant[];
  ending: SipEnding | null;
}

/** A field-level problem, named by path as in the API's problem details. */
export interface FieldError {
  path: string;
  message: string;
}
