import { describe, expect, it } from 'vitest';
import {
  MISSING_CODES,
  emptyPlan,
  missingForActivation,
  planErrors,
  type MissingCode,
} from './completeness.ts';
import { TODAY, completePlan } from './test-fixtures.ts';
import type { SipPlan } from './types.ts';

const OK = { hasValidSipConsent: true, today: TODAY };

describe('missingForActivation', () => {
  it('finds nothing missing in a complete plan under a valid consent', () => {
    expect(missingForActivation(completePlan(), OK)).toEqual([]);
  });

  it('uses the contract codes in the contract order', () => {
    expect(MISSING_CODES).toEqual([
      'consent',
      'problem-and-goals',
      'interventions-by-principal',
      'measures-by-others',
      'overall-responsibility',
      'coordinator',
      'follow-up-date',
    ]);
  });

  it('lists all seven, in order, for an empty plan without consent', () => {
    expect(missingForActivation(emptyPlan(), { hasValidSipConsent: false, today: TODAY })).toEqual(
      MISSING_CODES,
    );
  });

  // Each case breaks exactly one rule of a complete plan.
  const ALONE: [MissingCode, string, (p: SipPlan) => SipPlan, boolean?][] = [
    ['consent', 'no valid sip consent', (p) => p, false],
    ['problem-and-goals', 'empty problem', (p) => ({ ...p, problemAndNeeds: '  ' })],
    ['problem-and-goals', 'no goals', (p) => ({ ...p, goals: [], interventions: noGoalLinks(p) })],
    [
      'problem-and-goals',
      'a goal without text',
      (p) => ({ ...p, goals: [...p.goals, { id: 'g3', text: '', horizon: 'long' }] }),
    ],
    ['interventions-by-principal', 'no interventions', (p) => ({ ...p, interventions: [] })],
    [
      'interventions-by-principal',
      'only an intervention by another actor',
      (p) => ({
        ...p,
        interventions: [
          { ...p.interventions[0]!, principal: 'other', otherActor: 'Kyrkan', unitId: null },
        ],
      }),
    ],
    [
      'interventions-by-principal',
      'an intervention without a unit',
      (p) => ({
        ...p,
        interventions: [p.interventions[0]!, { ...p.interventions[1]!, unitId: null }],
      }),
    ],
    [
      'interventions-by-principal',
      'an intervention by another actor without its name',
      (p) => ({
        ...p,
        interventions: [
          ...p.interventions,
          { ...p.interventions[0]!, id: 'i3', principal: 'other' },
        ],
      }),
    ],
    [
      'interventions-by-principal',
      'an intervention without a description',
      (p) => ({ ...p, interventions: [{ ...p.interventions[0]!, description: '' }] }),
    ],
    ['measures-by-others', 'neither measures nor none', (p) => ({ ...p, measuresByOthers: [] })],
    [
      'measures-by-others',
      'a measure without an actor',
      (p) => ({ ...p, measuresByOthers: [{ actor: '', description: 'Något' }] }),
    ],
    [
      'measures-by-others',
      'measures and "none" at once',
      (p) => ({ ...p, measuresByOthersNone: true }),
    ],
    ['overall-responsibility', 'not set', (p) => ({ ...p, overallResponsibility: null })],
    ['coordinator', 'not set', (p) => ({ ...p, coordinator: null })],
    ['coordinator', 'no staff id', (p) => ({ ...p, coordinator: { staffId: '', name: 'Sara' } })],
    ['follow-up-date', 'not set', (p) => ({ ...p, nextFollowUpOn: null })],
    ['follow-up-date', 'not a real date', (p) => ({ ...p, nextFollowUpOn: '2026-02-30' })],
    ['follow-up-date', 'in the past', (p) => ({ ...p, nextFollowUpOn: '2026-03-09' })],
  ];

  it.each(ALONE)('%s alone: %s', (code, _what, breakIt, consent = true) => {
    const plan = breakIt(completePlan());
    expect(missingForActivation(plan, { hasValidSipConsent: consent, today: TODAY })).toEqual([
      code,
    ]);
  });

  it('reports several codes together, in order', () => {
    const plan = {
      ...completePlan(),
      coordinator: null,
      problemAndNeeds: '',
      nextFollowUpOn: null,
    };
    expect(missingForActivation(plan, { hasValidSipConsent: false, today: TODAY })).toEqual([
      'consent',
      'problem-and-goals',
      'coordinator',
      'follow-up-date',
    ]);
  });

  it('accepts the explicit "none" for measures by others', () => {
    const plan = { ...completePlan(), measuresByOthers: [], measuresByOthersNone: true };
    expect(missingForActivation(plan, OK)).toEqual([]);
  });

  it('accepts a follow-up date of today', () => {
    expect(missingForActivation({ ...completePlan(), nextFollowUpOn: TODAY }, OK)).toEqual([]);
  });

  it('accepts interventions of only one principal, plus another actor', () => {
    const p = completePlan();
    const plan: SipPlan = {
      ...p,
      interventions: [
        p.interventions[1]!,
        { ...p.interventions[0]!, principal: 'other', otherActor: 'Brukarföreningen' },
      ],
    };
    expect(missingForActivation(plan, OK)).toEqual([]);
  });
});

function noGoalLinks(p: SipPlan) {
  return p.interventions.map((i) => ({ ...i, goalIds: [] }));
}

describe('planErrors', () => {
  it('finds none in a sound plan', () => {
    expect(planErrors(completePlan())).toEqual([]);
    expect(planErrors(emptyPlan())).toEqual([]);
  });

  it('names duplicate ids, unknown goals, bad values and dates', () => {
    const p = completePlan();
    const plan = {
      ...p,
      goals: [p.goals[0]!, { ...p.goals[1]!, id: 'g1', horizon: 'soon' }],
      interventions: [
        { ...p.interventions[0]!, goalIds: ['g2'], startOn: '2026-04-01', endOn: '2026-03-01' },
        { ...p.interventions[1]!, principal: 'county', endOn: '2026-13-01' },
      ],
      nextFollowUpOn: 'tomorrow',
    } as unknown as SipPlan;
    expect(planErrors(plan).map((e) => e.path)).toEqual([
      'goals[1].id',
      'goals[1].horizon',
      'interventions[0].goalIds[0]',
      'interventions[0].endOn',
      'interventions[1].principal',
      'interventions[1].goalIds[0]',
      'interventions[1].endOn',
      'nextFollowUpOn',
    ]);
  });
});
