import { daysBetween, isValidDate } from './dates.ts';
import type { FieldError, SipPlan } from './types.ts';

export type GoalEvaluationStatus = 'achieved' | 'partly' | 'not-achieved';
export type InterventionEvaluationStatus = 'started' | 'ongoing' | 'finished' | 'not-started';

export const GOAL_EVALUATION_STATUSES: readonly GoalEvaluationStatus[] = [
  'achieved',
  'partly',
  'not-achieved',
];
export const INTERVENTION_EVALUATION_STATUSES: readonly InterventionEvaluationStatus[] = [
  'started',
  'ongoing',
  'finished',
  'not-started',
];

export interface GoalEvaluation {
  goalId: string;
  status: GoalEvaluationStatus;
  note?: string | null;
}

export interface InterventionEvaluation {
  interventionId: string;
  status: InterventionEvaluationStatus;
  /** Why it has not started; required for 'not-started'. */
  reason?: string | null;
  note?: string | null;
}

/** What the follow-up meeting decided: keep the plan, revise it, or close it. */
export type FollowUpDecision = 'continue' | 'revise' | 'close';

export interface FollowUpEvaluation {
  heldOn: string;
  /** The plan version evaluated; must be the current one so nothing is evaluated twice. */
  planVersion: number;
  goals: GoalEvaluation[];
  interventions: InterventionEvaluation[];
  decision: FollowUpDecision;
  /** Required unless the decision is 'close': a plan that goes on is always followed up. */
  nextFollowUpOn?: string | null;
}

export type FollowUpValidation = { ok: true } | { ok: false; errors: FieldError[] };

const filled = (text: string | null | undefined): boolean =>
  typeof text === 'string' && text.trim() !== '';

/** Which statuses need a text, and in which field: the "why" the next meeting builds on. */
const GOAL_NOTE_REQUIRED: Record<GoalEvaluationStatus, boolean> = {
  achieved: false,
  partly: true,
  'not-achieved': true,
};
const INTERVENTION_REASON_REQUIRED: Record<InterventionEvaluationStatus, boolean> = {
  started: false,
  ongoing: false,
  finished: false,
  'not-started': true,
};

/**
 * Validates a follow-up against the plan version it evaluates. Every goal and intervention of
 * that version must be evaluated exactly once; errors name the path, e.g. `goals[1].status`.
 * A note is required for a goal that is only partly or not achieved (interpretation: the
 * evaluation is worthless to the next meeting without the why).
 */
export function validateFollowUp(
  evaluation: FollowUpEvaluation,
  plan: SipPlan,
  context: { planVersion: number; today: string },
): FollowUpValidation {
  const errors: FieldError[] = [];
  const err = (path: string, message: string) => errors.push({ path, message });

  if (!isValidDate(evaluation.heldOn)) err('heldOn', 'must be a date YYYY-MM-DD');
  else if ((daysBetween(evaluation.heldOn, context.today) ?? 0) < 0) {
    err('heldOn', 'a meeting cannot be recorded before it is held');
  }
  if (evaluation.planVersion !== context.planVersion) {
    err(
      'planVersion',
      `evaluates version ${evaluation.planVersion}, current is ${context.planVersion}`,
    );
  }

  const goalIds = new Set(plan.goals.map((g) => g.id));
  const seenGoals = new Set<string>();
  evaluation.goals.forEach((g, i) => {
    const at = `goals[${i}]`;
    if (!goalIds.has(g.goalId)) err(`${at}.goalId`, `the plan has no goal ${g.goalId}`);
    else if (seenGoals.has(g.goalId)) err(`${at}.goalId`, `goal ${g.goalId} is evaluated twice`);
    seenGoals.add(g.goalId);
    if (!GOAL_EVALUATION_STATUSES.includes(g.status)) {
      err(`${at}.status`, "must be 'achieved', 'partly' or 'not-achieved'");
    } else if (GOAL_NOTE_REQUIRED[g.status] && !filled(g.note)) {
      err(`${at}.note`, 'a note is required when the goal is not fully achieved');
    }
  });
  for (const g of plan.goals) {
    if (!seenGoals.has(g.id)) err('goals', `goal ${g.id} is not evaluated`);
  }

  const interventionIds = new Set(plan.interventions.map((iv) => iv.id));
  const seenInterventions = new Set<string>();
  evaluation.interventions.forEach((iv, i) => {
    const at = `interventions[${i}]`;
    if (!interventionIds.has(iv.interventionId)) {
      err(`${at}.interventionId`, `the plan has no intervention ${iv.interventionId}`);
    } else if (seenInterventions.has(iv.interventionId)) {
      err(`${at}.interventionId`, `intervention ${iv.interventionId} is evaluated twice`);
    }
    seenInterventions.add(iv.interventionId);
    if (!INTERVENTION_EVALUATION_STATUSES.includes(iv.status)) {
      err(`${at}.status`, "must be 'started', 'ongoing', 'finished' or 'not-started'");
    } else if (INTERVENTION_REASON_REQUIRED[iv.status] && !filled(iv.reason)) {
      err(`${at}.reason`, 'say why the intervention has not started');
    }
  });
  for (const iv of plan.interventions) {
    if (!seenInterventions.has(iv.id))
      err('interventions', `intervention ${iv.id} is not evaluated`);
  }

  if (!['continue', 'revise', 'close'].includes(evaluation.decision)) {
    err('decision', "must be 'continue', 'revise' or 'close'");
  } else if (evaluation.decision !== 'close') {
    const next = evaluation.nextFollowUpOn;
    if (next == null || next === '') err('nextFollowUpOn', 'set the date of the next follow-up');
    else if (!isValidDate(next)) err('nextFollowUpOn', 'must be a date YYYY-MM-DD');
    else if (isValidDate(evaluation.heldOn) && (daysBetween(evaluation.heldOn, next) ?? 0) <= 0) {
      err('nextFollowUpOn', 'must be after the meeting');
    } else if ((daysBetween(context.today, next) ?? 0) < 0) {
      // The date becomes the plan's, and an active plan never carries a past follow-up date.
      err('nextFollowUpOn', 'must not be in the past');
    }
  }

  return errors.length === 0 ? { ok: true } : { ok: false, errors };
}
