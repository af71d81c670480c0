import { daysBetween, isValidDate } from './dates.ts';
import type { FieldError, Intervention, SipPlan } from './types.ts';

/** The `missing` codes of `POST /api/sips/:id/activate` (api.md), in the contract's order. */
export const MISSING_CODES = [
  'consent',
  'problem-and-goals',
  'interventions-by-principal',
  'measures-by-others',
  'overall-responsibility',
  'coordinator',
  'follow-up-date',
] as const;
export type MissingCode = (typeof MISSING_CODES)[number];

export interface CompletenessContext {
  /** A consent with purpose `sip` that is given, not revoked and not expired today. */
  hasValidSipConsent: boolean;
  /** Today's date (YYYY-MM-DD); passed in so the rule never reads the clock. */
  today: string;
}

const filled = (text: string | null | undefined): boolean =>
  typeof text === 'string' && text.trim() !== '';

const PRINCIPALS = new Set(['region', 'municipality', 'other']);

/** Law item 2: each intervention says who answers for it, down to the unit (verksamhet). */
function interventionHasPrincipalAndUnit(i: Intervention): boolean {
  if (!filled(i.description) || !PRINCIPALS.has(i.principal)) return false;
  if (i.principal === 'other') return filled(i.otherActor);
  return filled(i.organisationId) && filled(i.unitId);
}

/**
 * The rules as a table, one row per code (MISSING_CODES gives the order). Interpretations:
 * - problem-and-goals: every goal needs text, not only the first.
 * - interventions-by-principal: at least one intervention of region or municipality (an 'other'
 *   one alone is a measure by others, not law item 2). We do NOT demand one intervention per
 *   principal: the law asks the plan to say what each principal answers for, and a principal's
 *   part may for now be assessment or coordination only; the plan still names that principal
 *   through overall responsibility or the coordinator.
 * - measures-by-others: a non-empty list of complete measures, or the explicit "none" with an
 *   empty list; both at once contradict each other and count as missing.
 * - follow-up-date: a real date, today or later.
 */
const RULES: Record<MissingCode, (p: SipPlan, c: CompletenessContext) => boolean> = {
  consent: (_p, c) => c.hasValidSipConsent,
  'problem-and-goals': (p) =>
    filled(p.problemAndNeeds) && p.goals.length > 0 && p.goals.every((g) => filled(g.text)),
  'interventions-by-principal': (p) =>
    p.interventions.some((i) => i.principal === 'region' || i.principal === 'municipality') &&
    p.interventions.every(interventionHasPrincipalAndUnit),
  'measures-by-others': (p) =>
    p.measuresByOthers.length > 0
      ? !p.measuresByOthersNone &&
        p.measuresByOthers.every((m) => filled(m.actor) && filled(m.description))
      : p.measuresByOthersNone,
  'overall-responsibility': (p) =>
    p.overallResponsibility === 'region' || p.overallResponsibility === 'municipality',
  coordinator: (p) => filled(p.coordinator?.staffId) && filled(p.coordinator?.name),
  'follow-up-date': (p, c) =>
    isValidDate(p.nextFollowUpOn) && (daysBetween(c.today, p.nextFollowUpOn) ?? -1) >= 0,
};

/** What stops the plan from becoming active; empty when it may be activated. */
export function missingForActivation(plan: SipPlan, context: CompletenessContext): MissingCode[] {
  return MISSING_CODES.filter((code) => !RULES[code](plan, context));
}

/**
 * Structural errors (bad input, HTTP 400) as opposed to incompleteness (422): duplicate or
 * empty ids, an intervention serving an unknown goal, impossible dates. Diff and merge match
 * goals and interventions by id, so ids must be unique.
 */
export function planErrors(plan: SipPlan): FieldError[] {
  const errors: FieldError[] = [];
  const checkIds = (list: readonly { id: string }[], name: string) => {
    const seen = new Set<string>();
    list.forEach((item, i) => {
      if (!filled(item.id)) errors.push({ path: `${name}[${i}].id`, message: 'id is empty' });
      else if (seen.has(item.id)) {
        errors.push({ path: `${name}[${i}].id`, message: `duplicate id ${item.id}` });
      }
      seen.add(item.id);
    });
  };
  checkIds(plan.goals, 'goals');
  checkIds(plan.interventions, 'interventions');

  plan.goals.forEach((g, i) => {
    if (g.horizon !== 'short' && g.horizon !== 'long') {
      errors.push({ path: `goals[${i}].horizon`, message: "must be 'short' or 'long'" });
    }
  });

  const goalIds = new Set(plan.goals.map((g) => g.id));
  plan.interventions.forEach((iv, i) => {
    const at = `interventions[${i}]`;
    if (!PRINCIPALS.has(iv.principal)) {
      errors.push({
        path: `${at}.principal`,
        message: "must be 'region', 'municipality' or 'other'",
      });
    }
    iv.goalIds.forEach((id, j) => {
      if (!goalIds.has(id)) errors.push({ path: `${at}.goalIds[${j}]`, message: `no goal ${id}` });
    });
    for (const field of ['startOn', 'endOn'] as const) {
      const value = iv[field];
      if (value != null && !isValidDate(value)) {
        errors.push({ path: `${at}.${field}`, message: 'must be a date YYYY-MM-DD' });
      }
    }
    if (isValidDate(iv.startOn) && isValidDate(iv.endOn) && iv.endOn < iv.startOn) {
      errors.push({ path: `${at}.endOn`, message: 'ends before it starts' });
    }
  });

  if (
    plan.overallResponsibility !== null &&
    !['region', 'municipality'].includes(plan.overallResponsibility)
  ) {
    errors.push({ path: 'overallResponsibility', message: "must be 'region' or 'municipality'" });
  }
  if (plan.nextFollowUpOn !== null && !isValidDate(plan.nextFollowUpOn)) {
    errors.push({ path: 'nextFollowUpOn', message: 'must be a date YYYY-MM-DD' });
  }
  return errors;
}

/** A plan with nothing filled in, for a new proposal. */
export function emptyPlan(): SipPlan {
  return {
    problemAndNeeds: '',
    ownWords: '',
    goals: [],
    interventions: [],
    measuresByOthers: [],
    measuresByOthersNone: false,
    overallResponsibility: null,
    coordinator: null,
    nextFollowUpOn: null,
  };
}
