import { describe, expect, it } from 'vitest';
import { emptyPlan } from './completeness.ts';
import type { FollowUpEvaluation } from './follow-up.ts';
import {
  allowedEvents,
  applyEvent,
  proposeSip,
  transition,
  type SipEvent,
  type SipEventType,
  type TransitionContext,
} from './state-machine.ts';
import { TODAY, completePlan, sipIn } from './test-fixtures.ts';
import { SIP_STATUSES, type Sip, type SipStatus } from './types.ts';

const WITH_CONSENT: TransitionContext = { hasValidSipConsent: true, today: TODAY };
const NO_CONSENT: TransitionContext = { hasValidSipConsent: false, today: TODAY };

function evaluation(overrides: Partial<FollowUpEvaluation> = {}): FollowUpEvaluation {
  return {
    heldOn: TODAY,
    planVersion: 3,
    goals: [
      { goalId: 'g1', status: 'achieved' },
      { goalId: 'g2', status: 'partly', note: 'Väntar på lägenhet' },
    ],
    interventions: [
      { interventionId: 'i1', status: 'finished' },
      { interventionId: 'i2', status: 'ongoing' },
    ],
    decision: 'continue',
    nextFollowUpOn: '2026-09-01',
    ...overrides,
  };
}

/** A valid event of each type, so that only the status decides. */
const VALID_EVENTS: Record<SipEventType, SipEvent> = {
  invite: { type: 'invite' },
  'record-meeting': { type: 'record-meeting', on: '2026-03-01' },
  activate: { type: 'activate' },
  'record-follow-up': { type: 'record-follow-up', evaluation: evaluation() },
  revise: { type: 'revise', plan: { ...completePlan(), ownWords: 'Nya ord' }, basedOnVersion: 3 },
  close: { type: 'close', outcome: 'goals-achieved' },
  refuse: { type: 'refuse', reason: 'Vill inte att socialtjänsten får veta' },
  withdraw: { type: 'withdraw', reason: 'Flyttat till annan kommun' },
  freeze: { type: 'freeze' },
  unfreeze: { type: 'unfreeze' },
};

/** The life cycle written out independently of the TRANSITIONS table: event → from → to. */
const EXPECTED: Record<SipEventType, Partial<Record<SipStatus, SipStatus>>> = {
  invite: { proposed: 'invited' },
  'record-meeting': { proposed: 'meeting-held', invited: 'meeting-held' },
  activate: { proposed: 'active', invited: 'active', 'meeting-held': 'active' },
  'record-follow-up': { active: 'active' },
  revise: { active: 'active' },
  close: { active: 'closed' },
  refuse: { proposed: 'refused', invited: 'refused', 'meeting-held': 'refused' },
  withdraw: { proposed: 'withdrawn', invited: 'withdrawn', 'meeting-held': 'withdrawn' },
  freeze: {
    proposed: 'proposed',
    invited: 'invited',
    'meeting-held': 'meeting-held',
    active: 'active',
  },
  unfreeze: {
    proposed: 'proposed',
    invited: 'invited',
    'meeting-held': 'meeting-held',
    active: 'active',
  },
};

describe('transition: the status table', () => {
  for (const [type, event] of Object.entries(VALID_EVENTS) as [SipEventType, SipEvent][]) {
    for (const status of SIP_STATUSES) {
      const to = EXPECTED[type][status];
      const frozen = type === 'unfreeze'; // unfreeze only applies to a frozen plan
      it(`${type} from ${status} → ${to ?? 'refused'}`, () => {
        const result = transition(sipIn(status, { frozen }), event, WITH_CONSENT);
        if (to) expect(result).toEqual({ ok: true, status: to, frozen: type === 'freeze' });
        else expect(result).toEqual({ ok: false, reason: 'not-allowed-from-status' });
      });
    }
  }
});

describe('transition: consent gating', () => {
  const statusFor: Record<SipEventType, SipStatus> = {
    invite: 'proposed',
    'record-meeting': 'invited',
    activate: 'meeting-held',
    'record-follow-up': 'active',
    revise: 'active',
    close: 'active',
    refuse: 'invited',
    withdraw: 'proposed',
    freeze: 'active',
    unfreeze: 'active',
  };

  for (const type of ['invite', 'record-meeting', 'record-follow-up', 'revise'] as const) {
    it(`${type} needs a valid sip consent`, () => {
      const result = transition(sipIn(statusFor[type]), VALID_EVENTS[type], NO_CONSENT);
      expect(result).toEqual({ ok: false, reason: 'consent-required' });
    });
  }

  it('unfreeze needs a valid sip consent (a new one)', () => {
    const result = transition(sipIn('active', { frozen: true }), VALID_EVENTS.unfreeze, NO_CONSENT);
    expect(result).toEqual({ ok: false, reason: 'consent-required' });
  });

  it('activate reports the missing consent in the missing list', () => {
    const result = transition(sipIn('meeting-held'), VALID_EVENTS.activate, NO_CONSENT);
    expect(result).toEqual({ ok: false, reason: 'plan-incomplete', missing: ['consent'] });
  });

  it('activate lists the consent first, beside the gaps of the plan', () => {
    const sip = sipIn('proposed', { plan: { ...completePlan(), coordinator: null } });
    const result = transition(sip, VALID_EVENTS.activate, NO_CONSENT);
    expect(result).toEqual({
      ok: false,
      reason: 'plan-incomplete',
      missing: ['consent', 'coordinator'],
    });
  });

  for (const type of ['close', 'refuse', 'withdraw', 'freeze'] as const) {
    it(`${type} needs no consent`, () => {
      const result = transition(sipIn(statusFor[type]), VALID_EVENTS[type], NO_CONSENT);
      expect(result.ok).toBe(true);
    });
  }
});

describe('transition: frozen plans', () => {
  const frozenActive = sipIn('active', { frozen: true });
  const frozenProposed = sipIn('proposed', { frozen: true });

  it.each([
    ['invite', frozenProposed],
    ['record-meeting', frozenProposed],
    ['activate', frozenProposed],
    ['record-follow-up', frozenActive],
    ['revise', frozenActive],
    ['freeze', frozenActive],
  ] as const)('%s is refused while frozen', (type, sip) => {
    expect(transition(sip, VALID_EVENTS[type], WITH_CONSENT)).toEqual({
      ok: false,
      reason: 'frozen',
    });
  });

  it('reports frozen before consent', () => {
    expect(transition(frozenProposed, VALID_EVENTS.invite, NO_CONSENT)).toEqual({
      ok: false,
      reason: 'frozen',
    });
  });

  it('can still be closed, refused or withdrawn', () => {
    const close = { type: 'close', outcome: 'consent-revoked' } as const;
    expect(transition(frozenActive, close, NO_CONSENT)).toEqual({
      ok: true,
      status: 'closed',
      frozen: true,
    });
    expect(transition(frozenProposed, VALID_EVENTS.refuse, NO_CONSENT).ok).toBe(true);
    expect(transition(frozenProposed, VALID_EVENTS.withdraw, NO_CONSENT).ok).toBe(true);
  });

  it('freezing keeps the status and sets the flag', () => {
    expect(transition(sipIn('invited'), VALID_EVENTS.freeze, NO_CONSENT)).toEqual({
      ok: true,
      status: 'invited',
      frozen: true,
    });
  });

  it('unfreezing resumes where the plan stood', () => {
    expect(transition(frozenActive, VALID_EVENTS.unfreeze, WITH_CONSENT)).toEqual({
      ok: true,
      status: 'active',
      frozen: false,
    });
  });

  it('unfreezing a plan that is not frozen is refused', () => {
    expect(transition(sipIn('active'), VALID_EVENTS.unfreeze, WITH_CONSENT)).toEqual({
      ok: false,
      reason: 'not-frozen',
    });
  });
});

describe('transition: event content', () => {
  it('refuse and withdraw require a reason', () => {
    for (const type of ['refuse', 'withdraw'] as const) {
      for (const reason of ['', '   ']) {
        expect(transition(sipIn('proposed'), { type, reason }, WITH_CONSENT)).toEqual({
          ok: false,
          reason: 'reason-required',
        });
      }
    }
  });

  it('close requires a known outcome', () => {
    const event = { type: 'close', outcome: 'fine' } as unknown as SipEvent;
    expect(transition(sipIn('active'), event, WITH_CONSENT)).toEqual({
      ok: false,
      reason: 'outcome-required',
    });
  });

  it('activate refuses an incomplete plan with the missing list', () => {
    const sip = sipIn('meeting-held', { plan: emptyPlan() });
    expect(transition(sip, { type: 'activate' }, WITH_CONSENT)).toEqual({
      ok: false,
      reason: 'plan-incomplete',
      missing: [
        'problem-and-goals',
        'interventions-by-principal',
        'measures-by-others',
        'overall-responsibility',
        'coordinator',
        'follow-up-date',
      ],
    });
  });

  it('activate refuses a complete but broken plan (intervention serving an unknown goal)', () => {
    const plan = completePlan();
    plan.interventions[0]!.goalIds = ['g9'];
    const result = transition(sipIn('meeting-held', { plan }), { type: 'activate' }, WITH_CONSENT);
    expect(result).toEqual({
      ok: false,
      reason: 'plan-invalid',
      errors: [{ path: 'interventions[0].goalIds[0]', message: 'no goal g9' }],
    });
  });

  it('revise refuses a stale version', () => {
    const event: SipEvent = { type: 'revise', plan: completePlan(), basedOnVersion: 2 };
    expect(transition(sipIn('active'), event, WITH_CONSENT)).toEqual({
      ok: false,
      reason: 'stale-version',
    });
  });

  it('revise keeps an active plan complete', () => {
    const plan = { ...completePlan(), overallResponsibility: null };
    const event: SipEvent = { type: 'revise', plan, basedOnVersion: 3 };
    expect(transition(sipIn('active'), event, WITH_CONSENT)).toEqual({
      ok: false,
      reason: 'plan-incomplete',
      missing: ['overall-responsibility'],
    });
  });

  it('record-follow-up refuses an invalid evaluation with the paths at fault', () => {
    const event: SipEvent = {
      type: 'record-follow-up',
      evaluation: evaluation({ goals: [{ goalId: 'g1', status: 'achieved' }] }),
    };
    const result = transition(sipIn('active'), event, WITH_CONSENT);
    expect(result).toEqual({
      ok: false,
      reason: 'follow-up-invalid',
      errors: [{ path: 'goals', message: 'goal g2 is not evaluated' }],
    });
  });

  it('refuses a date in the future, before the proposal, or not a date', () => {
    for (const on of ['2026-03-11', '2026-01-31', '2026-02-30']) {
      const result = transition(sipIn('invited'), { type: 'record-meeting', on }, WITH_CONSENT);
      expect(result).toMatchObject({ ok: false, reason: 'invalid-date' });
    }
  });
});

describe('allowedEvents', () => {
  it('lists what the status and freeze allow', () => {
    expect(allowedEvents({ status: 'proposed', frozen: false })).toEqual([
      'invite',
      'record-meeting',
      'activate',
      'refuse',
      'withdraw',
      'freeze',
    ]);
    expect(allowedEvents({ status: 'active', frozen: true })).toEqual(['close', 'unfreeze']);
    expect(allowedEvents({ status: 'closed', frozen: false })).toEqual([]);
  });
});

describe('applyEvent', () => {
  it('records the first meeting date once', () => {
    const r = applyEvent(
      sipIn('invited'),
      { type: 'record-meeting', on: '2026-02-15' },
      WITH_CONSENT,
    );
    expect(r.ok && r.sip.firstMeetingOn).toBe('2026-02-15');
    expect(r.ok && r.sip.status).toBe('meeting-held');
  });

  it('activation without a held meeting records none', () => {
    const r = applyEvent(sipIn('proposed'), { type: 'activate', on: '2026-02-20' }, WITH_CONSENT);
    expect(r.ok && [r.sip.status, r.sip.firstMeetingOn, r.sip.activatedOn]).toEqual([
      'active',
      null,
      '2026-02-20',
    ]);
  });

  it('activation at a meeting that was held records that meeting', () => {
    const r = applyEvent(
      sipIn('invited'),
      { type: 'activate', on: '2026-02-20', meetingHeldOn: '2026-02-18' },
      WITH_CONSENT,
    );
    expect(r.ok && [r.sip.firstMeetingOn, r.sip.activatedOn]).toEqual(['2026-02-18', '2026-02-20']);
  });

  it('activation after a meeting keeps the meeting date and defaults to today', () => {
    const sip = sipIn('meeting-held', { firstMeetingOn: '2026-02-15' });
    const r = applyEvent(sip, { type: 'activate' }, WITH_CONSENT);
    expect(r.ok && [r.sip.firstMeetingOn, r.sip.activatedOn]).toEqual(['2026-02-15', TODAY]);
  });

  it('a follow-up moves the next date into the plan as a new version', () => {
    const r = applyEvent(
      sipIn('active'),
      { type: 'record-follow-up', evaluation: evaluation() },
      WITH_CONSENT,
    );
    expect(r.ok && [r.sip.plan.nextFollowUpOn, r.sip.planVersion]).toEqual(['2026-09-01', 4]);
  });

  it('a follow-up is a held meeting: the first one of a plan activated without', () => {
    const held = (firstMeetingOn: string | null) => {
      const sip = sipIn('active', { firstMeetingOn });
      const r = applyEvent(
        sip,
        { type: 'record-follow-up', evaluation: evaluation() },
        WITH_CONSENT,
      );
      return r.ok && r.sip.firstMeetingOn;
    };
    expect(held(null)).toBe(TODAY);
    expect(held('2026-02-10')).toBe('2026-02-10');
  });

  it('a revision replaces the plan and adds a version', () => {
    const r = applyEvent(sipIn('active'), VALID_EVENTS.revise, WITH_CONSENT);
    expect(r.ok && [r.sip.plan.ownWords, r.sip.planVersion]).toEqual(['Nya ord', 4]);
  });

  it('endings record the reason or outcome', () => {
    const refused = applyEvent(
      sipIn('invited'),
      { type: 'refuse', reason: ' Vill inte ' },
      NO_CONSENT,
    );
    expect(refused.ok && refused.sip.ending).toEqual({
      kind: 'refused',
      on: TODAY,
      reason: 'Vill inte',
    });
    const closed = applyEvent(
      sipIn('active'),
      { type: 'close', outcome: 'goals-achieved', on: '2026-03-01' },
      NO_CONSENT,
    );
    expect(closed.ok && closed.sip.ending).toEqual({
      kind: 'closed',
      on: '2026-03-01',
      outcome: 'goals-achieved',
      note: null,
    });
  });

  it('never mutates the record and passes refusals through', () => {
    const sip = sipIn('proposed');
    const copy = structuredClone(sip);
    expect(applyEvent(sip, { type: 'invite' }, NO_CONSENT)).toEqual({
      ok: false,
      reason: 'consent-required',
    });
    applyEvent(sip, { type: 'activate' }, WITH_CONSENT);
    expect(sip).toEqual(copy);
  });

  it('walks the whole life cycle, with a freeze on the way', () => {
    const steps: [SipEvent, TransitionContext][] = [
      [{ type: 'invite', on: '2026-02-03' }, WITH_CONSENT],
      [{ type: 'record-meeting', on: '2026-02-10' }, WITH_CONSENT],
      [{ type: 'activate', on: '2026-02-10' }, WITH_CONSENT],
      [{ type: 'freeze' }, NO_CONSENT],
      [{ type: 'unfreeze' }, WITH_CONSENT],
      [{ type: 'record-follow-up', evaluation: evaluation() }, WITH_CONSENT],
      [{ type: 'close', outcome: 'goals-partly-achieved' }, WITH_CONSENT],
    ];
    let sip: Sip = sipIn('proposed');
    const statuses: string[] = [];
    for (const [event, ctx] of steps) {
      const r = applyEvent(sip, event, ctx);
      if (!r.ok) throw new Error(`${event.type}: ${r.reason}`);
      sip = r.sip;
      statuses.push(sip.frozen ? `${sip.status} (frozen)` : sip.status);
    }
    expect(statuses).toEqual([
      'invited',
      'meeting-held',
      'active',
      'active (frozen)',
      'active',
      'active',
      'closed',
    ]);
    expect(sip.firstMeetingOn).toBe('2026-02-10');
  });
});

describe('proposeSip', () => {
  const recordedBy = { staffId: 'erik', name: 'Erik Socsek' };

  it('creates a proposed SIP with an empty plan, from staff or from others', () => {
    for (const source of [
      { kind: 'person' } as const,
      { kind: 'guardian', name: 'Mamma' } as const,
      { kind: 'school', name: 'Norrskolan' } as const,
      {
        kind: 'staff',
        principal: 'region',
        organisationId: 'org-region',
        unitId: 'unit-vc',
        staffId: 'vera',
      } as const,
    ]) {
      const r = proposeSip(
        { id: 's', personId: 'p', proposal: { on: TODAY, source, recordedBy } },
        TODAY,
      );
      expect(r.ok && [r.sip.status, r.sip.frozen, r.sip.planVersion, r.sip.plan]).toEqual([
        'proposed',
        false,
        1,
        emptyPlan(),
      ]);
    }
  });

  it('names every bad field', () => {
    const r = proposeSip(
      {
        id: 's',
        personId: 'p',
        proposal: {
          on: '2026-03-11',
          source: {
            kind: 'staff',
            principal: 'region',
            organisationId: 'org-region',
            unitId: '',
            staffId: 'vera',
          },
          recordedBy: { staffId: '', name: 'x' },
        },
      },
      TODAY,
    );
    expect(!r.ok && r.errors.map((e) => e.path)).toEqual([
      'proposal.on',
      'proposal.source.unitId',
      'proposal.recordedBy.staffId',
    ]);
  });
});
