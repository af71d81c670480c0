import { describe, expect, it } from 'vitest';
import { planErrors } from './completeness.ts';
import { diffPlans, labelFor, mergePlans } from './diff.ts';
import { completePlan } from './test-fixtures.ts';
import type { SipPlan } from './types.ts';

const edit = (fn: (p: SipPlan) => void): SipPlan => {
  const p = completePlan();
  fn(p);
  return p;
};

describe('diffPlans', () => {
  it('finds nothing between equal versions', () => {
    expect(diffPlans(completePlan(), completePlan())).toEqual([]);
  });

  it('reports a changed field with before, after and labels', () => {
    const after = edit((p) => (p.overallResponsibility = 'region'));
    expect(diffPlans(completePlan(), after)).toEqual([
      {
        path: 'overallResponsibility',
        kind: 'changed',
        before: 'municipality',
        after: 'region',
        label: { sv: 'Övergripande ansvar', en: 'Overall responsibility' },
      },
    ]);
  });

  it('matches goals by id: added, removed, changed, and ignores their order', () => {
    const after = edit((p) => {
      p.goals = [
        { id: 'g2', text: 'Eget boende med stöd', horizon: 'long' },
        { id: 'g3', text: 'Arbetsträning', horizon: 'long' },
      ];
      p.interventions[0]!.goalIds = [];
    });
    expect(diffPlans(completePlan(), after)).toEqual([
      {
        path: 'goals[id=g1]',
        kind: 'removed',
        before: { id: 'g1', text: 'Avgiftad och stabil i LARO', horizon: 'short' },
        label: { sv: 'Mål', en: 'Goal' },
      },
      {
        path: 'goals[id=g2].text',
        kind: 'changed',
        before: 'Eget boende',
        after: 'Eget boende med stöd',
        label: { sv: 'Mål – text', en: 'Goal – text' },
      },
      {
        path: 'goals[id=g3]',
        kind: 'added',
        after: { id: 'g3', text: 'Arbetsträning', horizon: 'long' },
        label: { sv: 'Mål', en: 'Goal' },
      },
      {
        path: 'interventions[id=i1].goalIds',
        kind: 'changed',
        before: ['g1'],
        after: [],
        label: { sv: 'Insats – mål den ska nå', en: 'Intervention – goals served' },
      },
    ]);
  });

  it('treats goal links and tags as sets, and absent as null', () => {
    const before = edit((p) => (p.interventions[0]!.goalIds = ['g1', 'g2']));
    const after = edit((p) => {
      p.interventions[0]!.goalIds = ['g2', 'g1'];
      p.interventions[0]!.otherActor = null;
      p.interventions[0]!.responsible = { staffId: 'anna', name: 'Anna Läkare' };
    });
    expect(diffPlans(before, after)).toEqual([]);
  });

  it('reports intervention field changes with their labels', () => {
    const after = edit((p) => {
      p.interventions[1]!.unitId = 'unit-norrby';
      p.interventions[1]!.tags = ['housing', 'hvb-placement'];
    });
    expect(diffPlans(completePlan(), after).map((c) => [c.path, c.label.sv])).toEqual([
      ['interventions[id=i2].unitId', 'Insats – verksamhet'],
      ['interventions[id=i2].tags', 'Insats – taggar'],
    ]);
  });

  it('matches measures by others by value', () => {
    const after = edit((p) => {
      p.measuresByOthers = [
        { actor: 'Arbetsförmedlingen', description: 'Arbetsträning' },
        { actor: 'Försäkringskassan', description: 'Utreder sjukpenning' },
      ];
    });
    expect(diffPlans(completePlan(), after)).toEqual([
      {
        path: 'measuresByOthers[0]',
        kind: 'added',
        after: { actor: 'Arbetsförmedlingen', description: 'Arbetsträning' },
        label: {
          sv: 'Åtgärd av annan än region och kommun',
          en: 'Measure by others than region and municipality',
        },
      },
    ]);
  });

  it('reports in the reading order of the plan', () => {
    const after = edit((p) => {
      p.nextFollowUpOn = '2026-07-01';
      p.problemAndNeeds = 'Nytt';
      p.coordinator = null;
    });
    expect(diffPlans(completePlan(), after).map((c) => c.path)).toEqual([
      'problemAndNeeds',
      'coordinator',
      'nextFollowUpOn',
    ]);
  });
});

describe('labelFor', () => {
  it('strips ids and indexes', () => {
    expect(labelFor('interventions[id=abc].principal')).toEqual({
      sv: 'Insats – huvudman',
      en: 'Intervention – principal',
    });
    expect(labelFor('measuresByOthers[3]').en).toBe(
      'Measure by others than region and municipality',
    );
  });
});

describe('mergePlans', () => {
  const base = completePlan();

  it('merges changes that do not overlap, losing nothing', () => {
    const mine = edit((p) => {
      p.problemAndNeeds = 'Mitt nya problem';
      p.goals[0]!.text = 'Min måltext';
      p.interventions[1]!.goalIds = ['g2', 'g1'];
    });
    const theirs = edit((p) => {
      p.goals.push({ id: 'g3', text: 'Arbete', horizon: 'long' });
      p.goals[0]!.horizon = 'long';
      p.interventions[1]!.tags = ['housing', 'hvb-placement'];
      p.measuresByOthers.push({ actor: 'Arbetsförmedlingen', description: 'Praktik' });
    });
    const { merged, conflicts } = mergePlans(base, mine, theirs);
    expect(conflicts).toEqual([]);
    expect(merged.problemAndNeeds).toBe('Mitt nya problem');
    expect(merged.goals).toEqual([
      { id: 'g1', text: 'Min måltext', horizon: 'long' },
      { id: 'g2', text: 'Eget boende', horizon: 'long' },
      { id: 'g3', text: 'Arbete', horizon: 'long' },
    ]);
    expect(merged.interventions[1]!.goalIds).toEqual(['g2', 'g1']);
    expect(merged.interventions[1]!.tags).toEqual(['housing', 'hvb-placement']);
    expect(merged.measuresByOthers).toHaveLength(2);
    expect(diffPlans(theirs, merged).map((c) => c.path)).toEqual([
      'problemAndNeeds',
      'goals[id=g1].text',
      'interventions[id=i2].goalIds',
    ]);
  });

  it('reports the same field changed differently as a conflict and keeps theirs', () => {
    const mine = edit((p) => (p.goals[1]!.text = 'Egen lägenhet'));
    const theirs = edit((p) => (p.goals[1]!.text = 'Boende med stöd'));
    const { merged, conflicts } = mergePlans(base, mine, theirs);
    expect(conflicts).toEqual([
      {
        path: 'goals[id=g2].text',
        label: { sv: 'Mål – text', en: 'Goal – text' },
        base: 'Eget boende',
        mine: 'Egen lägenhet',
        theirs: 'Boende med stöd',
      },
    ]);
    expect(merged.goals[1]!.text).toBe('Boende med stöd');
  });

  it('accepts the same change made on both sides', () => {
    const mine = edit((p) => (p.coordinator = { staffId: 'erik', name: 'Erik Socsek' }));
    const theirs = edit((p) => (p.coordinator = { staffId: 'erik', name: 'Erik Socsek' }));
    expect(mergePlans(base, mine, theirs)).toEqual({ merged: theirs, conflicts: [] });
  });

  it('reports a removal against a change as a conflict', () => {
    const mine = edit((p) => {
      p.interventions = [p.interventions[0]!];
    });
    const theirs = edit((p) => (p.interventions[1]!.description = 'Boendestöd 10 h/vecka'));
    const { merged, conflicts } = mergePlans(base, mine, theirs);
    expect(conflicts.map((c) => [c.path, c.mine])).toEqual([['interventions[id=i2]', null]]);
    expect(merged.interventions.map((i) => i.id)).toEqual(['i1', 'i2']);
  });

  it('applies a removal the other side did not touch', () => {
    const mine = edit((p) => (p.measuresByOthers = []));
    const theirs = edit((p) => {
      p.goals = [p.goals[0]!];
      p.interventions[1]!.goalIds = [];
    });
    const { merged, conflicts } = mergePlans(base, mine, theirs);
    expect(conflicts).toEqual([]);
    expect(merged.goals.map((g) => g.id)).toEqual(['g1']);
    expect(merged.measuresByOthers).toEqual([]);
  });

  it('flags a link to a goal the other side removed, and keeps the plan valid', () => {
    const mine = edit((p) => (p.interventions[0]!.goalIds = ['g1', 'g2']));
    const theirs = edit((p) => {
      p.goals = [p.goals[0]!];
      p.interventions[1]!.goalIds = ['g1'];
    });
    const { merged, conflicts } = mergePlans(base, mine, theirs);
    expect(conflicts.map((c) => c.path)).toEqual(['interventions[id=i1].goalIds']);
    expect(merged.interventions[0]!.goalIds).toEqual(['g1']);
    expect(planErrors(merged)).toEqual([]);
  });

  it('flags "no measures by others" on one side against a new measure on the other', () => {
    const mine = edit((p) => {
      p.measuresByOthers = [];
      p.measuresByOthersNone = true;
    });
    const theirs = edit((p) =>
      p.measuresByOthers.push({ actor: 'Kronofogden', description: 'Skuldsanering' }),
    );
    const { conflicts } = mergePlans(base, mine, theirs);
    expect(conflicts.map((c) => c.path)).toEqual(['measuresByOthersNone']);
  });

  it('keeps goals both sides added', () => {
    const mine = edit((p) => p.goals.push({ id: 'gm', text: 'Mitt', horizon: 'short' }));
    const theirs = edit((p) => p.goals.push({ id: 'gt', text: 'Ditt', horizon: 'short' }));
    const { merged, conflicts } = mergePlans(base, mine, theirs);
    expect(conflicts).toEqual([]);
    expect(merged.goals.map((g) => g.id)).toEqual(['g1', 'g2', 'gt', 'gm']);
  });
});
