import {
  CLOSE_OUTCOMES,
  INVITATION_RESPONSES,
  MISSING_CODES,
  PARTICIPANT_KINDS,
  SIP_STATUSES,
  type SipPlan,
} from '@vardflata/domain';
import { z } from 'zod';
import { uuid, isoDate, isoDateTimeInput, int32Param, int32 } from './common.ts';

/**
 * SIP — samordnad individuell plan (F3), its worklist (F7) and in-app notifications (P6).
 * The plan's shape mirrors `SipPlan` of @vardflata/domain; the server checks the rules there.
 */

const date = isoDate;
const id = z.string().trim().min(1, 'required').max(100);

export const sipStatuses = SIP_STATUSES;
export const sipStatus = z.enum(sipStatuses);
export type SipStatusName = z.infer<typeof sipStatus>;

export const sipPrincipal = z.enum(['region', 'municipality']);

/** The life-cycle events a caller may trigger now; each maps to one route (see sip.routes). */
export const sipActions = [
  'invite',
  'record-meeting',
  'activate',
  'record-follow-up',
  'revise',
  'close',
  'refuse',
  'withdraw',
] as const;
export const sipAction = z.enum(sipActions);

export const missingCodes = MISSING_CODES;
export const missingCode = z.enum(missingCodes);

/** How the caller sees a SIP, which is also the access-log ground of every call. */
export const sipGround = z.enum([
  'care-relation',
  'own-organisation',
  'sip',
  'consent',
  'emergency',
]);

// ---------------------------------------------------------------- the plan

export const sipGoal = z.object({
  /** Chosen by the client (e.g. a UUID); unique within the plan, kept across versions. */
  id,
  text: z.string().max(2000),
  horizon: z.enum(['short', 'long']),
});

export const sipStaffRef = z.object({
  staffId: uuid,
  /** Filled in by the server from the staff register; may be left empty. */
  name: z.string().max(200).default(''),
});

export const sipIntervention = z.object({
  id,
  description: z.string().max(4000),
  principal: z.enum(['region', 'municipality', 'other']),
  /** The organisation and unit (verksamhet) that answer for a region or municipality one. */
  organisationId: uuid.nullable(),
  unitId: uuid.nullable(),
  /** The actor's name when the principal is 'other'. */
  otherActor: z.string().max(200).nullish(),
  responsible: z.object({ staffId: uuid.nullish(), name: z.string().max(200) }).nullish(),
  goalIds: z.array(id).max(50),
  /** A type code, e.g. 'hvb-placement', 'laro', 'withdrawal-inpatient'. */
  kind: z.string().max(100).nullish(),
  tags: z.array(z.string().max(100)).max(20).optional(),
  startOn: date.nullish(),
  endOn: date.nullish(),
  /** carecircle: the intervention record (F5) this line stands for, if any. */
  interventionRecordId: uuid.nullish(),
});

export const sipMeasureByOthers = z.object({
  actor: z.string().max(200),
  description: z.string().max(2000),
});

/** The legal content of the plan (HSL 16 kap 4 §, SoL 2 kap 7 §). Every field is required. */
export const sipPlan = z.object({
  problemAndNeeds: z.string().max(8000),
  /** The person's own words and wishes, kept apart from the professionals' description. */
  ownWords: z.string().max(8000),
  goals: z.array(sipGoal).max(50),
  interventions: z.array(sipIntervention).max(100),
  measuresByOthers: z.array(sipMeasureByOthers).max(50),
  /** An explicit "no measures by others", so an empty list is never ambiguous. */
  measuresByOthersNone: z.boolean(),
  overallResponsibility: sipPrincipal.nullable(),
  coordinator: sipStaffRef.nullable(),
  nextFollowUpOn: date.nullable(),
});
export type SipPlanBody = z.infer<typeof sipPlan>;

/** The schema and the domain type are one shape: this fails to compile when they drift apart. */
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
export const sipPlanMatchesDomain: Same<SipPlanBody, SipPlan> = true;

// ---------------------------------------------------------------- requests

export const sipIdParams = z.object({ id: uuid });
export const sipVersionParams = z.object({ id: uuid, version: int32Param.min(1) });
export const sipParticipantParams = z.object({ id: uuid, participantId: uuid });

export const proposeSipBody = z.object({
  /** When the proposal was made; defaults to today, never in the future. */
  proposedOn: date.optional(),
  /** Who proposed it: staff (the caller unless `staffId` names another), or recorded from the
   * person, a guardian or the school. Defaults to the caller. */
  source: z
    .discriminatedUnion('kind', [
      z.object({ kind: z.literal('staff'), staffId: uuid.optional() }),
      z.object({ kind: z.literal('person') }),
      z.object({ kind: z.literal('guardian'), name: z.string().trim().max(200).optional() }),
      z.object({ kind: z.literal('school'), name: z.string().trim().max(200).optional() }),
    ])
    .optional(),
  note: z.string().trim().max(4000).optional(),
});
export type ProposeSipBody = z.infer<typeof proposeSipBody>;

export const updateSipPlanBody = z.object({
  /** The version the edit started from; a stale one answers 409 with a merge suggestion. */
  basedOnVersion: int32.min(1),
  plan: sipPlan,
});
export type UpdateSipPlanBody = z.infer<typeof updateSipPlanBody>;

export const sipParticipantInput = z.discriminatedUnion('kind', [
  z.object({
    kind: z.literal('staff'),
    staffId: uuid,
    role: z.string().trim().max(200).optional(),
  }),
  z.object({
    kind: z.literal('unit'),
    unitId: uuid,
    role: z.string().trim().max(200).optional(),
  }),
  z.object({
    kind: z.literal('private-provider'),
    organisationId: uuid,
    unitId: uuid.optional(),
    role: z.string().trim().max(200).optional(),
  }),
  z.object({
    kind: z.literal('other-actor'),
    /** E.g. Försäkringskassan, the school, Arbetsförmedlingen. */
    name: z.string().trim().min(1, 'required').max(200),
    role: z.string().trim().max(200).optional(),
  }),
  z.object({ kind: z.literal('person') }),
  z.object({
    kind: z.literal('relative'),
    name: z.string().trim().min(1, 'required').max(200),
    /** E.g. 'mother', 'partner'. */
    role: z.string().trim().max(200).optional(),
  }),
]);
export type SipParticipantInput = z.infer<typeof sipParticipantInput>;

export const sipInvitationBody = z.object({
  meeting: z.object({
    /** ISO 8601 instant, in the future. */
    startsAt: isoDateTimeInput,
    durationMinutes: int32.min(15).max(480).optional(),
    place: z.string().trim().max(500).optional(),
    videoLink: z
      .url({ protocol: /^https$/ })
      .max(1000)
      .optional(),
  }),
  /** Added to the participants already on the SIP; everyone is asked to answer again. */
  participants: z.array(sipParticipantInput).max(50).default([]),
  /** A line for the invitation letter, in plain Swedish. */
  message: z.string().trim().max(2000).optional(),
});
export type SipInvitationBody = z.infer<typeof sipInvitationBody>;

export const sipResponseBody = z.object({
  response: z.enum(['accepted', 'declined']),
  note: z.string().trim().max(2000).optional(),
});
export type SipResponseBody = z.infer<typeof sipResponseBody>;

export const sipRelativesObjectionBody = z.object({
  /** True when the person does not want relatives to take part; removes relatives at once. */
  objects: z.boolean(),
  note: z.string().trim().max(2000).optional(),
});
export type SipRelativesObjectionBody = z.infer<typeof sipRelativesObjectionBody>;

export const sipMeetingBody = z.object({
  heldOn: date.optional(),
  notes: z.string().trim().max(8000).optional(),
  /** Participants who came; the others are recorded as absent. */
  attendedParticipantIds: z.array(uuid).max(100).optional(),
});
export type SipMeetingBody = z.infer<typeof sipMeetingBody>;

export const sipActivateBody = z.object({ on: date.optional() }).nullish();
export type SipActivateBody = z.infer<typeof sipActivateBody>;

export const closeOutcomes = CLOSE_OUTCOMES;
export const closeOutcome = z.enum(closeOutcomes);

export const sipFollowUpBody = z.object({
  heldOn: date,
  /** The plan version evaluated; must be the current one. */
  planVersion: int32.min(1),
  goals: z
    .array(
      z.object({
        goalId: id,
        status: z.enum(['achieved', 'partly', 'not-achieved']),
        note: z.string().trim().max(4000).nullish(),
      }),
    )
    .max(50),
  interventions: z
    .array(
      z.object({
        interventionId: id,
        status: z.enum(['started', 'ongoing', 'finished', 'not-started']),
        reason: z.string().trim().max(4000).nullish(),
        note: z.string().trim().max(4000).nullish(),
      }),
    )
    .max(100),
  decision: z.enum(['continue', 'revise', 'close']),
  nextFollowUpOn: date.nullish(),
  note: z.string().trim().max(8000).optional(),
  /** With decision 'close': the outcome, and the SIP is closed in the same step. */
  closeOutcome: closeOutcome.optional(),
  closeNote: z.string().trim().max(4000).optional(),
});
export type SipFollowUpBody = z.infer<typeof sipFollowUpBody>;

export const sipCloseBody = z.object({
  outcome: closeOutcome,
  note: z.string().trim().max(4000).optional(),
  on: date.optional(),
});
export type SipCloseBody = z.infer<typeof sipCloseBody>;

export const sipReasonBody = z.object({
  /** Refused: why the person declined. Withdrawn: why the proposal was taken back. */
  reason: z.string().trim().min(1, 'required').max(4000),
  on: date.optional(),
});
export type SipReasonBody = z.infer<typeof sipReasonBody>;

export const sipDiffQuery = z.object({
  /** The version to compare with; defaults to the one before. */
  against: int32Param.min(0).optional(),
});
export type SipDiffQuery = z.infer<typeof sipDiffQuery>;

export const sipListQuery = z.object({
  /** mine: the caller participates or coordinates; unit: the caller's unit owns or takes part. */
  scope: z.enum(['mine', 'unit']).default('unit'),
  status: sipStatus.optional(),
});
export type SipListQuery = z.infer<typeof sipListQuery>;

export const sipPdfQuery = z.object({
  /** participants: the full plan; person: the person's own view in plain language. */
  audience: z.enum(['participants', 'person']).default('participants'),
});
export type SipPdfQuery = z.infer<typeof sipPdfQuery>;

export const sipGateQuery = z.object({
  /** An intervention kind or tag, e.g. 'hvb-placement', 'medication-dependence-handover'. */
  covers: z.string().trim().min(1).max(100),
});
export type SipGateQuery = z.infer<typeof sipGateQuery>;

// ---------------------------------------------------------------- answers

export const sipPerson = z.object({
  id: uuid,
  personalIdentityNumber: z.string(),
  /** null when the identity is protected and the caller is not authorised to see it. */
  givenName: z.string().nullable(),
  familyName: z.string().nullable(),
  protectedIdentity: z.boolean(),
});

const named = z.object({ id: uuid, name: z.string() });
const staffNamed = z.object({ staffId: uuid, name: z.string() });

export const sipParticipant = z.object({
  id: uuid,
  kind: z.enum(PARTICIPANT_KINDS),
  name: z.string(),
  principal: sipPrincipal.nullable(),
  organisationId: uuid.nullable(),
  organisationName: z.string().nullable(),
  unitId: uuid.nullable(),
  unitName: z.string().nullable(),
  staffId: uuid.nullable(),
  role: z.string().nullable(),
  invitation: z.enum(INVITATION_RESPONSES),
  invitedOn: z.string().nullable(),
  respondedOn: z.string().nullable(),
  responseNote: z.string().nullable(),
  /** false for a relative while relatives may not take part, and for an organisation that no
   * valid SIP consent names (it cannot see the plan). */
  mayTakePart: z.boolean(),
  addedAt: z.string(),
});
export type SipParticipantOut = z.infer<typeof sipParticipant>;

export const sipMeeting = z.object({
  id: uuid,
  purpose: z.enum(['planning', 'follow-up']),
  startsAt: z.string().nullable(),
  durationMinutes: int32.nullable(),
  place: z.string().nullable(),
  videoLink: z.string().nullable(),
  status: z.enum(['scheduled', 'held', 'cancelled']),
  heldOn: z.string().nullable(),
  notes: z.string().nullable(),
  attendedParticipantIds: z.array(uuid).nullable(),
  message: z.string().nullable(),
  createdAt: z.string(),
});
export type SipMeetingOut = z.infer<typeof sipMeeting>;

export const sipFollowUp = z.object({
  id: uuid,
  heldOn: z.string(),
  planVersion: int32,
  goals: z.array(z.object({ goalId: z.string(), status: z.string(), note: z.string().nullish() })),
  interventions: z.array(
    z.object({
      interventionId: z.string(),
      status: z.string(),
      reason: z.string().nullish(),
      note: z.string().nullish(),
    }),
  ),
  decision: z.enum(['continue', 'revise', 'close']),
  nextFollowUpOn: z.string().nullable(),
  note: z.string().nullable(),
  recordedAt: z.string(),
  recordedBy: staffNamed,
});
export type SipFollowUpOut = z.infer<typeof sipFollowUp>;

export const sipProposalSource = z.object({
  kind: z.enum(['staff', 'person', 'guardian', 'school']),
  principal: sipPrincipal.nullable(),
  organisationId: uuid.nullable(),
  unitId: uuid.nullable(),
  staffId: uuid.nullable(),
  /** The proposing staff member, guardian or school. */
  name: z.string().nullable(),
});

export const sipEnding = z.object({
  kind: z.enum(['closed', 'refused', 'withdrawn']),
  on: z.string(),
  outcome: closeOutcome.nullable(),
  reason: z.string().nullable(),
  note: z.string().nullable(),
});

export const sipTiming = z.object({
  /** Days from proposal to the first meeting held ("without delay"): null until a meeting is
   * held (a booked meeting is not a held one); `waitingDays` is the wait so far until then. */
  proposalToFirstMeeting: z.object({
    met: z.boolean(),
    days: int32.nullable(),
    waitingDays: int32.nullable(),
  }),
  followUp: z.object({
    state: z.enum(['not-applicable', 'scheduled', 'due', 'overdue']),
    nextFollowUpOn: z.string().nullable(),
    daysUntil: int32.nullable(),
  }),
});
export type SipTiming = z.infer<typeof sipTiming>;

export const sipSummary = z.object({
  id: uuid,
  personId: uuid,
  person: sipPerson,
  status: sipStatus,
  frozen: z.boolean(),
  ground: sipGround,
  organisation: named,
  unit: named,
  proposedOn: z.string(),
  firstMeetingOn: z.string().nullable(),
  activatedOn: z.string().nullable(),
  nextFollowUpOn: z.string().nullable(),
  coordinator: staffNamed.nullable(),
  planVersion: int32,
  lastActivityAt: z.string(),
});
export type SipSummary = z.infer<typeof sipSummary>;

export const sipDetail = sipSummary.extend({
  /** May the caller change this SIP (participants and its own organisation; not read-only
   * grounds such as an information-sharing consent or emergency access)? */
  mayEdit: z.boolean(),
  proposal: z.object({
    on: z.string(),
    source: sipProposalSource,
    recordedBy: staffNamed,
    note: z.string().nullable(),
  }),
  ending: sipEnding.nullable(),
  plan: sipPlan,
  /** The plan's version (= planVersion): send it as `basedOnVersion` when saving. */
  version: int32,
  planSavedAt: z.string(),
  planSavedBy: staffNamed,
  participants: z.array(sipParticipant),
  meetings: z.array(sipMeeting),
  followUps: z.array(sipFollowUp),
  /** The invitation the caller is asked to answer for the scheduled meeting, once even when
   * invited both by name and through their unit (`answersFor`: the invitations the answer
   * stands for); null when there is none, or the caller booked the meeting. */
  yourInvitation: z.object({ participantId: uuid, answersFor: z.array(uuid) }).nullable(),
  /** The life-cycle events the caller can trigger now (empty when they may only read):
   * invite → POST invitation, record-meeting → POST meetings, activate, record-follow-up →
   * POST follow-ups, revise → PUT plan of an active SIP, close, refuse, withdraw. */
  allowedEvents: z.array(sipAction),
  /** What stops activation now, in the contract's order (also while active: what a revision
   * must keep). */
  missing: z.array(missingCode),
  timing: sipTiming,
  consent: z.object({
    /** A valid `sip` consent covers the SIP; without it an open SIP is frozen. */
    sip: z.boolean(),
    sipValidUntil: z.string().nullable(),
    /** When the last covering consent was revoked or ran out, while frozen. */
    frozenSince: z.string().nullable(),
    relativesParticipation: z.boolean(),
    personObjectsToRelatives: z.boolean(),
    /** Relatives may take part: consent given and the person does not object. */
    relativesMayTakePart: z.boolean(),
  }),
});
export type SipDetail = z.infer<typeof sipDetail>;

export const sipPlanChange = z.object({
  path: z.string(),
  kind: z.enum(['added', 'removed', 'changed']),
  before: z.unknown().optional(),
  after: z.unknown().optional(),
  label: z.object({ sv: z.string(), en: z.string() }),
  /** The change as one readable Swedish sentence. */
  text: z.string(),
});
export type SipPlanChangeOut = z.infer<typeof sipPlanChange>;

export const sipVersionSummary = z.object({
  version: int32,
  savedAt: z.string(),
  savedBy: staffNamed,
  unitName: z.string().nullable(),
  organisationName: z.string().nullable(),
  /** proposed, edited (draft), revised (active plan), follow-up (date set at a follow-up). */
  changeKind: z.enum(['proposed', 'edited', 'revised', 'follow-up']),
  basedOn: int32.nullable(),
  /** The labels (Swedish) of what changed since the version before. */
  changed: z.array(z.string()),
  changeCount: int32,
});
export type SipVersionSummary = z.infer<typeof sipVersionSummary>;

export const sipVersion = sipVersionSummary.extend({ plan: sipPlan });
export type SipVersionOut = z.infer<typeof sipVersion>;

export const sipDiff = z.object({
  sipId: uuid,
  from: sipVersionSummary.nullable(),
  to: sipVersionSummary,
  changes: z.array(sipPlanChange),
});
export type SipDiff = z.infer<typeof sipDiff>;

export const sipHistoryItem = z.object({
  at: z.string(),
  type: z.string(),
  /** The event in one Swedish sentence. */
  text: z.string(),
  by: staffNamed.nullable(),
  unitName: z.string().nullable(),
  organisationName: z.string().nullable(),
  detail: z.record(z.string(), z.unknown()).nullable(),
});
export type SipHistoryItem = z.infer<typeof sipHistoryItem>;

/** The plan in plain Swedish for the person (a page to show or hand over). */
export const sipOwnView = z.object({
  sipId: uuid,
  title: z.string(),
  intro: z.string(),
  sections: z.array(
    z.object({ heading: z.string(), paragraphs: z.array(z.string()), items: z.array(z.string()) }),
  ),
  generatedOn: z.string(),
});
export type SipOwnView = z.infer<typeof sipOwnView>;

export const sipGate = z.object({
  covers: z.string(),
  covered: z.boolean(),
  sipId: uuid.nullable(),
});
export type SipGateOut = z.infer<typeof sipGate>;

/** The 409 of a stale plan edit: what is saved now, and a three-way merge to start from. */
export const sipStaleVersionProblem = z.object({
  type: z.string(),
  title: z.string(),
  status: z.literal(409),
  detail: z.string(),
  reason: z.literal('stale-version'),
  basedOnVersion: int32,
  currentVersion: int32,
  current: sipVersionSummary.extend({ plan: sipPlan }),
  /** What others changed since `basedOnVersion`. */
  theirChanges: z.array(sipPlanChange),
  /** `merged` holds every non-conflicting change of both sides; on a conflict it keeps the
   * saved value, and yours is in `conflicts[].mine`. Send it back with basedOnVersion =
   * currentVersion. */
  merge: z.object({
    merged: sipPlan,
    conflicts: z.array(
      z.object({
        path: z.string(),
        label: z.object({ sv: z.string(), en: z.string() }),
        base: z.unknown().optional(),
        mine: z.unknown().optional(),
        theirs: z.unknown().optional(),
      }),
    ),
  }),
});

// ---------------------------------------------------------------- worklist and notifications

export const worklistKinds = [
  'follow-up-due',
  'follow-up-overdue',
  'invitation-to-answer',
  'invitation-unanswered',
  'meeting-this-week',
  'consent-expiring',
  'plan-frozen',
  'plan-inactive',
  'first-meeting-waiting',
] as const;
export const worklistKind = z.enum(worklistKinds);

export const worklistQuery = z.object({
  /** mine: SIPs the caller coordinates or takes part in; unit: also the unit's. */
  scope: z.enum(['mine', 'unit']).default('unit'),
});
export type WorklistQuery = z.infer<typeof worklistQuery>;

export const worklistItem = z.object({
  kind: worklistKind,
  sipId: uuid,
  personId: uuid,
  person: sipPerson,
  /** The date the item is about (follow-up, consent end, meeting day). */
  dueOn: z.string().nullable(),
  /** Positive: days left; negative: days overdue or waited. */
  days: int32.nullable(),
  /** The item in one Swedish sentence. */
  text: z.string(),
  meetingId: uuid.nullable(),
  participantId: uuid.nullable(),
  consentId: uuid.nullable(),
});
export type WorklistItem = z.infer<typeof worklistItem>;

/** care: items of the care chains that wait on someone (a bed request waiting for the centre). */
export const handOverKinds = [
  'withdrawal-request-waiting',
  'medication-change-to-confirm',
  'handover-to-accept',
  'disclosure-to-acknowledge',
  'lob-intake-open',
  'lob-handover-to-receive',
  // contacts: a booked contact whose day has passed, waiting for its outcome (0020-c)
  'contact-outcome-missing',
] as const;
export const handOverItem = z.object({
  kind: z.enum(handOverKinds),
  /** The record the item is about (the withdrawal request). */
  recordId: uuid,
  personId: uuid,
  person: sipPerson.nullable(),
  dueOn: z.string().nullable(),
  days: int32.nullable(),
  text: z.string(),
});
export type HandOverItem = z.infer<typeof handOverItem>;

export const worklist = z.object({
  today: z.string(),
  items: z.array(worklistItem),
  // care: hand-overs of the care chains waiting on the caller's unit
  handOvers: z.array(handOverItem),
  counts: z.record(z.string(), int32),
});
export type Worklist = z.infer<typeof worklist>;

export const notificationsQuery = z.object({
  unread: z
    .enum(['true', 'false'])
    .transform((v) => v === 'true')
    .optional(),
  limit: int32Param.min(1).max(200).default(50),
});
export type NotificationsQuery = z.infer<typeof notificationsQuery>;

export const notification = z.object({
  id: uuid,
  kind: z.string(),
  title: z.string(),
  body: z.string(),
  sipId: uuid.nullable(),
  /** The person's name only while the caller may still see the SIP. */
  person: sipPerson.nullable(),
  dueOn: z.string().nullable(),
  createdAt: z.string(),
  readAt: z.string().nullable(),
});

export const notifications = z.object({
  items: z.array(notification),
  unreadCount: int32,
});

/** Problem details of the SIP routes: `reason` is the domain's refusal code, e.g. 'frozen',
 * 'consent-required', 'plan-incomplete' (then `missing`), 'not-allowed-from-status'. */
export const sipProblem = z.object({
  type: z.string(),
  title: z.string(),
  status: int32,
  detail: z.string().optional(),
  reason: z.string().optional(),
  errors: z.array(z.object({ path: z.string(), message: z.string() })).optional(),
  missing: z.array(missingCode).optional(),
});
