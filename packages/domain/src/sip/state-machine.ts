import { emptyPlan, missingForActivation, planErrors, type MissingCode } from './completeness.ts';
import { daysBetween, isValidDate } from './dates.ts';
import { validateFollowUp, type FollowUpEvaluation } from './follow-up.ts';
import {
  BEFORE_ACTIVE_STATUSES,
  CLOSE_OUTCOMES,
  OPEN_STATUSES,
  type CloseOutcome,
  type FieldError,
  type Participant,
  type Sip,
  type SipPlan,
  type SipProposal,
  type SipStatus,
} from './types.ts';

/**
 * Events of the SIP life cycle. `on` is the date the act happened (defaults to today); it may
 * lie in the past because meetings are often recorded afterwards, never in the future.
 */
export type SipEvent =
  | { type: 'invite'; on?: string }
  | { type: 'record-meeting'; on?: string }
  | {
      type: 'activate';
      on?: string;
      /** The day of the meeting the plan was decided at, when one was held; none is assumed. */
      meetingHeldOn?: string | null;
    }
  | { type: 'record-follow-up'; evaluation: FollowUpEvaluation }
  | { type: 'revise'; plan: SipPlan; basedOnVersion: number; on?: string }
  | { type: 'close'; outcome: CloseOutcome; note?: string | null; on?: string }
  | { type: 'refuse'; reason: string; on?: string }
  | { type: 'withdraw'; reason: string; on?: string }
  | { type: 'freeze'; on?: string }
  | { type: 'unfreeze'; on?: string };

export type SipEventType = SipEvent['type'];

export interface TransitionContext {
  /** A consent with purpose `sip` that is given, not revoked and not expired today. */
  hasValidSipConsent: boolean;
  today: string;
}

/** The part of the record the rules read. */
export type SipSnapshot = Pick<Sip, 'status' | 'frozen' | 'plan' | 'planVersion' | 'proposal'>;

export type RefusalReason =
  | 'not-allowed-from-status'
  | 'frozen'
  | 'not-frozen'
  | 'consent-required'
  | 'plan-incomplete'
  | 'plan-invalid'
  | 'stale-version'
  | 'follow-up-invalid'
  | 'reason-required'
  | 'outcome-required'
  | 'invalid-date';

export interface TransitionRefused {
  ok: false;
  reason: RefusalReason;
  /** With 'plan-incomplete': the API's `missing` list. */
  missing?: MissingCode[];
  /** With 'plan-invalid', 'follow-up-invalid', 'invalid-date': the fields at fault. */
  errors?: FieldError[];
}

export type TransitionResult = { ok: true; status: SipStatus; frozen: boolean } | TransitionRefused;

/**
 * How an event relates to the `sip` consent:
 * - 'required': refused with 'consent-required' without it. Everything that shares the person's
 *   information across the principals needs it: the invitation (kallelse) sends it to the other
 *   principal and other actors, meetings, follow-ups and revisions process it, and lifting the
 *   freeze is exactly the arrival of a new consent. "No SIP without consent" (SoL 2:7, HSL 16:4).
 * - 'in-missing-list': activation reports a lacking consent as the code 'consent' in `missing`
 *   beside the plan's gaps, as the API contract demands one list.
 * - 'not-needed': ending a SIP (close, refuse, withdraw) and freezing never need it; refusing is
 *   the very absence of consent, and ending must stay possible after a revocation.
 *
 * `whileFrozen`: a frozen plan (consent revoked) may only be ended or unfrozen.
 */
export interface TransitionRule {
  event: SipEventType;
  from: readonly SipStatus[];
  /** 'same' keeps the status (follow-ups, revisions, freezing). */
  to: SipStatus | 'same';
  consent: 'required' | 'in-missing-list' | 'not-needed';
  whileFrozen: 'refused' | 'allowed' | 'only';
}

/**
 * The life cycle: proposed → invited → meeting-held → active (→ follow-ups, revisions) → closed;
 * refused or withdrawn before the plan is active. Shortcuts are allowed on purpose: a meeting
 * may be held without an invitation recorded in the system, and a plan may be activated right
 * from 'proposed' (`POST /api/sips/:id/activate` is the only public route). The first meeting
 * is only ever a meeting that was held: an activation without one leaves it open until a
 * meeting is held (the planning meeting still to come, or a follow-up).
 * Once active, the plan ends by 'close' with an outcome, not by refuse or withdraw, so the
 * indicators count it as established.
 */
export const TRANSITIONS: readonly TransitionRule[] = [
  {
    event: 'invite',
    from: ['proposed'],
    to: 'invited',
    consent: 'required',
    whileFrozen: 'refused',
  },
  {
    event: 'record-meeting',
    from: ['proposed', 'invited'],
    to: 'meeting-held',
    consent: 'required',
    whileFrozen: 'refused',
  },
  {
    event: 'activate',
    from: BEFORE_ACTIVE_STATUSES,
    to: 'active',
    consent: 'in-missing-list',
    whileFrozen: 'refused',
  },
  {
    event: 'record-follow-up',
    from: ['active'],
    to: 'same',
    consent: 'required',
    whileFrozen: 'refused',
  },
  { event: 'revise', from: ['active'], to: 'same', consent: 'required', whileFrozen: 'refused' },
  { event: 'close', from: ['active'], to: 'closed', consent: 'not-needed', whileFrozen: 'allowed' },
  {
    event: 'refuse',
    from: BEFORE_ACTIVE_STATUSES,
    to: 'refused',
    consent: 'not-needed',
    whileFrozen: 'allowed',
  },
  {
    event: 'withdraw',
    from: BEFORE_ACTIVE_STATUSES,
    to: 'withdrawn',
    consent: 'not-needed',
    whileFrozen: 'allowed',
  },
  {
    event: 'freeze',
    from: OPEN_STATUSES,
    to: 'same',
    consent: 'not-needed',
    whileFrozen: 'refused',
  },
  { event: 'unfreeze', from: OPEN_STATUSES, to: 'same', consent: 'required', whileFrozen: 'only' },
];

/** Which events may happen now (for the UI's buttons); payload rules are not checked. */
export function allowedEvents(sip: Pick<Sip, 'status' | 'frozen'>): SipEventType[] {
  return TRANSITIONS.filter(
    (r) =>
      r.from.includes(sip.status) &&
      (r.whileFrozen === 'allowed' || (r.whileFrozen === 'only') === sip.frozen),
  ).map((r) => r.event);
}

const refuse = (
  reason: RefusalReason,
  extra: Pick<TransitionRefused, 'missing' | 'errors'> = {},
): TransitionRefused => ({ ok: false, reason, ...extra });

const filled = (text: string | null | undefined): boolean =>
  typeof text === 'string' && text.trim() !== '';

/** The act's date: real, not in the future, not before the proposal. */
function checkOn(on: string | undefined, sip: SipSnapshot, today: string): FieldError[] {
  if (on === undefined) return [];
  if (!isValidDate(on)) return [{ path: 'on', message: 'must be a date YYYY-MM-DD' }];
  if ((daysBetween(on, today) ?? 0) < 0) return [{ path: 'on', message: 'lies in the future' }];
  if ((daysBetween(sip.proposal.on, on) ?? 0) < 0) {
    return [{ path: 'on', message: 'lies before the proposal' }];
  }
  return [];
}

/** The rules each event's content must meet, after status, freeze and consent. */
function checkPayload(
  sip: SipSnapshot,
  event: SipEvent,
  ctx: TransitionContext,
): TransitionRefused | null {
  const onErrors = 'on' in event ? checkOn(event.on, sip, ctx.today) : [];
  if (onErrors.length > 0) return refuse('invalid-date', { errors: onErrors });

  switch (event.type) {
    case 'activate': {
      const missing = missingForActivation(sip.plan, ctx);
      if (missing.length > 0) return refuse('plan-incomplete', { missing });
      const errors = planErrors(sip.plan);
      return errors.length > 0 ? refuse('plan-invalid', { errors }) : null;
    }
    case 'revise': {
      if (event.basedOnVersion !== sip.planVersion) return refuse('stale-version');
      const errors = planErrors(event.plan);
      if (errors.length > 0) return refuse('plan-invalid', { errors });
      // An active plan must keep stating everything the law asks for.
      const missing = missingForActivation(event.plan, ctx);
      return missing.length > 0 ? refuse('plan-incomplete', { missing }) : null;
    }
    case 'record-follow-up': {
      const v = validateFollowUp(event.evaluation, sip.plan, {
        planVersion: sip.planVersion,
        today: ctx.today,
      });
      return v.ok ? null : refuse('follow-up-invalid', { errors: v.errors });
    }
    case 'close':
      return CLOSE_OUTCOMES.includes(event.outcome) ? null : refuse('outcome-required');
    case 'refuse':
    case 'withdraw':
      return filled(event.reason) ? null : refuse('reason-required');
    default:
      return null;
  }
}

/**
 * Decides whether `event` may happen to `sip` now. Checks, in order: the status table, the
 * freeze, the consent, then the event's content (first failure wins).
 */
export function transition(
  sip: SipSnapshot,
  event: SipEvent,
  context: TransitionContext,
): TransitionResult {
  const rule = TRANSITIONS.find((r) => r.event === event.type);
  if (!rule || !rule.from.includes(sip.status)) return refuse('not-allowed-from-status');
  if (sip.frozen && rule.whileFrozen === 'refused') return refuse('frozen');
  if (!sip.frozen && rule.whileFrozen === 'only') return refuse('not-frozen');
  if (rule.consent === 'required' && !context.hasValidSipConsent) return refuse('consent-required');

  const payloadRefusal = checkPayload(sip, event, context);
  if (payloadRefusal) return payloadRefusal;

  const frozen = event.type === 'freeze' ? true : event.type === 'unfreeze' ? false : sip.frozen;
  return { ok: true, status: rule.to === 'same' ? sip.status : rule.to, frozen };
}

/** Applies an allowed event to the record; the record itself is never mutated. */
export function applyEvent(
  sip: Sip,
  event: SipEvent,
  context: TransitionContext,
): { ok: true; sip: Sip } | TransitionRefused {
  const result = transition(sip, event, context);
  if (!result.ok) return result;
  const next: Sip = { ...sip, status: result.status, frozen: result.frozen };
  const on = ('on' in event ? event.on : undefined) ?? context.today;

  switch (event.type) {
    case 'record-meeting':
      next.firstMeetingOn = sip.firstMeetingOn ?? on;
      break;
    case 'activate':
      // Only a held meeting is a meeting: activation records one only when it was held.
      next.firstMeetingOn = sip.firstMeetingOn ?? event.meetingHeldOn ?? null;
      next.activatedOn = on;
      break;
    case 'record-follow-up': {
      // A follow-up is held at a meeting: the first one, if the plan was made without.
      next.firstMeetingOn = sip.firstMeetingOn ?? event.evaluation.heldOn;
      const date = event.evaluation.nextFollowUpOn;
      if (event.evaluation.decision !== 'close' && date && date !== sip.plan.nextFollowUpOn) {
        next.plan = { ...sip.plan, nextFollowUpOn: date };
        next.planVersion = sip.planVersion + 1;
      }
      break;
    }
    case 'revise':
      next.plan = event.plan;
      next.planVersion = sip.planVersion + 1;
      break;
    case 'close':
      next.ending = { kind: 'closed', on, outcome: event.outcome, note: event.note ?? null };
      break;
    case 'refuse':
      next.ending = { kind: 'refused', on, reason: event.reason.trim() };
      break;
    case 'withdraw':
      next.ending = { kind: 'withdrawn', on, reason: event.reason.trim() };
      break;
  }
  return { ok: true, sip: next };
}

/** A new SIP in status 'proposed' with an empty plan, or the proposal's field errors. */
export function proposeSip(
  input: { id: string; personId: string; proposal: SipProposal; participants?: Participant[] },
  today: string,
): { ok: true; sip: Sip } | { ok: false; errors: FieldError[] } {
  const { proposal } = input;
  const errors: FieldError[] = [];
  if (!isValidDate(proposal.on)) {
    errors.push({ path: 'proposal.on', message: 'must be a date YYYY-MM-DD' });
  } else if ((daysBetween(proposal.on, today) ?? 0) < 0) {
    errors.push({ path: 'proposal.on', message: 'lies in the future' });
  }
  const source = proposal.source;
  if (!['staff', 'person', 'guardian', 'school'].includes(source.kind)) {
    errors.push({ path: 'proposal.source.kind', message: 'staff, person, guardian or school' });
  } else if (source.kind === 'staff') {
    if (source.principal !== 'region' && source.principal !== 'municipality') {
      errors.push({ path: 'proposal.source.principal', message: "'region' or 'municipality'" });
    }
    for (const field of ['organisationId', 'unitId', 'staffId'] as const) {
      if (!filled(source[field])) {
        errors.push({ path: `proposal.source.${field}`, message: 'required' });
      }
    }
  }
  if (!filled(proposal.recordedBy.staffId)) {
    errors.push({ path: 'proposal.recordedBy.staffId', message: 'required' });
  }
  if (errors.length > 0) return { ok: false, errors };
  return {
    ok: true,
    sip: {
      id: input.id,
      personId: input.personId,
      status: 'proposed',
      frozen: false,
      proposal,
      firstMeetingOn: null,
      activatedOn: null,
      planVersion: 1,
      plan: emptyPlan(),
      participants: input.participants ?? [],
      ending: null,
    },
  };
}
