import { describe, expect, it } from 'vitest';
import { validateFollowUp, type FollowUpEvaluation } from './follow-up.ts';
import { TODAY, completePlan } from './test-fixtures.ts';

const CTX = { planVersion: 3, today: TODAY };

function evaluation(overrides: Partial<FollowUpEvaluation> = {}): FollowUpEvaluation {
  return {
    heldOn: '2026-03-09',
    planVersion: 3,
    goals: [
      { goalId: 'g1', status: 'achieved', note: 'Avgiftad' },
      { goalId: 'g2', status: 'not-achieved', note: 'Ingen lägenhet ännu' },
    ],
    interventions: [
      { interventionId: 'i1', status: 'finished' },
      { interventionId: 'i2', status: 'not-started', reason: 'Väntelista' },
    ],
    decision: 'continue',
    nextFollowUpOn: '2026-06-01',
    ...overrides,
  };
}

const paths = (e: FollowUpEvaluation) => {
  const r = validateFollowUp(e, completePlan(), CTX);
  return r.ok ? [] : r.errors.map((x) => x.path);
};

describe('validateFollowUp', () => {
  it('accepts a full evaluation of the current version', () => {
    expect(validateFollowUp(evaluation(), completePlan(), CTX)).toEqual({ ok: true });
  });

  it('names a bad goal status by its path', () => {
    const e = evaluation();
    e.goals[1] = { goalId: 'g2', status: 'almost' as never };
    expect(validateFollowUp(e, completePlan(), CTX)).toEqual({
      ok: false,
      errors: [
        { path: 'goals[1].status', message: "must be 'achieved', 'partly' or 'not-achieved'" },
      ],
    });
  });

  it('requires a note when a goal is partly or not achieved', () => {
    const e = evaluation();
    e.goals[0] = { goalId: 'g1', status: 'partly' };
    e.goals[1] = { goalId: 'g2', status: 'not-achieved', note: ' ' };
    expect(paths(e)).toEqual(['goals[0].note', 'goals[1].note']);
  });

  it('requires a reason for an intervention that has not started', () => {
    const e = evaluation();
    e.interventions[1] = { interventionId: 'i2', status: 'not-started' };
    expect(paths(e)).toEqual(['interventions[1].reason']);
  });

  it('names a bad intervention status', () => {
    const e = evaluation();
    e.interventions[0] = { interventionId: 'i1', status: 'paused' as never };
    expect(paths(e)).toEqual(['interventions[0].status']);
  });

  it('requires every goal and intervention of the plan to be evaluated', () => {
    const r = validateFollowUp(
      evaluation({ goals: [evaluation().goals[0]!], interventions: [] }),
      completePlan(),
      CTX,
    );
    expect(r).toEqual({
      ok: false,
      errors: [
        { path: 'goals', message: 'goal g2 is not evaluated' },
        { path: 'interventions', message: 'intervention i1 is not evaluated' },
        { path: 'interventions', message: 'intervention i2 is not evaluated' },
      ],
    });
  });

  it('refuses unknown and twice-evaluated goals and interventions', () => {
    const base = evaluation();
    const e = evaluation({
      goals: [
        ...base.goals,
        { goalId: 'g9', status: 'achieved' },
        { goalId: 'g1', status: 'achieved' },
      ],
      interventions: [...base.interventions, { interventionId: 'i1', status: 'ongoing' }],
    });
    expect(paths(e)).toEqual([
      'goals[2].goalId',
      'goals[3].goalId',
      'interventions[2].interventionId',
    ]);
  });

  it('refuses an evaluation of another plan version', () => {
    expect(paths(evaluation({ planVersion: 2 }))).toEqual(['planVersion']);
  });

  it('refuses a meeting in the future or a non-date', () => {
    expect(paths(evaluation({ heldOn: '2026-03-11' }))).toEqual(['heldOn']);
    expect(paths(evaluation({ heldOn: '9 mars' }))).toEqual(['heldOn']);
  });

  it('requires the next date unless the meeting decided to close', () => {
    expect(paths(evaluation({ nextFollowUpOn: null }))).toEqual(['nextFollowUpOn']);
    expect(paths(evaluation({ decision: 'revise', nextFollowUpOn: undefined }))).toEqual([
      'nextFollowUpOn',
    ]);
    expect(paths(evaluation({ decision: 'close', nextFollowUpOn: null }))).toEqual([]);
  });

  it('requires the next date after the meeting and not in the past', () => {
    expect(paths(evaluation({ nextFollowUpOn: '2026-03-09' }))).toEqual(['nextFollowUpOn']);
    expect(paths(evaluation({ heldOn: '2026-02-01', nextFollowUpOn: '2026-03-01' }))).toEqual([
      'nextFollowUpOn',
    ]);
    expect(paths(evaluation({ nextFollowUpOn: '2026-06-31' }))).toEqual(['nextFollowUpOn']);
  });

  it('refuses an unknown decision', () => {
    expect(paths(evaluation({ decision: 'pause' as never }))).toEqual(['decision']);
  });
});
