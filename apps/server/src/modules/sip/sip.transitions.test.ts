import { describe, expect, it } from 'vitest';
import {
  completePlan,
  dateIn,
  daysFrom,
  meeting,
  put,
  recordConsent,
  savePlan,
  todaySince,
  useSipServer,
} from './sip.fixtures.ts';

const {
  ids,
  users: { erik },
  municipalSip: at,
} = useSipServer({ erik: 'erik.socsek' });

const followUpBody = (planVersion: number, extra: object = {}) => ({
  heldOn: dateIn(0),
  planVersion,
  goals: [
    { goalId: 'g1', status: 'achieved' },
    { goalId: 'g2', status: 'achieved' },
  ],
  interventions: [
    { interventionId: 'i1', status: 'ongoing' },
    { interventionId: 'i2', status: 'started' },
  ],
  decision: 'continue',
  nextFollowUpOn: dateIn(30),
  ...extra,
});

/** Every action of the API against a SIP, with a body that is valid on its own. */
const ACTIONS: Record<
  string,
  (sipId: string, planVersion: number) => Promise<{ status: number; body: any }>
> = {
  invite: (id) =>
    erik.post(`/api/sips/${id}/invitation`, { meeting: meeting(5), participants: [] }),
  meeting: (id) => erik.post(`/api/sips/${id}/meetings`, {}),
  activate: (id) => erik.post(`/api/sips/${id}/activate`, {}),
  'follow-up': (id, v) => erik.post(`/api/sips/${id}/follow-ups`, followUpBody(v)),
  close: (id) => erik.post(`/api/sips/${id}/close`, { outcome: 'no-longer-needed' }),
  refuse: (id) => erik.post(`/api/sips/${id}/refuse`, { reason: 'Vill inte just nu.' }),
  withdraw: (id) => erik.post(`/api/sips/${id}/withdraw`, { reason: 'Behovet finns inte.' }),
  plan: (id, v) =>
    put(erik, `/api/sips/${id}/plan`, { basedOnVersion: v, plan: completePlan(ids) }),
};

describe('the status table', () => {
  // What each status refuses with 409 'not-allowed-from-status' (or, for an ended SIP, ended).
  const REFUSED: Record<string, string[]> = {
    proposed: ['follow-up', 'close'],
    invited: ['follow-up', 'close'],
    'meeting-held': ['meeting', 'follow-up', 'close'],
    active: ['meeting', 'activate', 'refuse', 'withdraw'],
    refused: ['invite', 'meeting', 'activate', 'follow-up', 'close', 'refuse', 'withdraw', 'plan'],
    withdrawn: [
      'invite',
      'meeting',
      'activate',
      'follow-up',
      'close',
      'refuse',
      'withdraw',
      'plan',
    ],
    closed: ['invite', 'meeting', 'activate', 'follow-up', 'close', 'refuse', 'withdraw', 'plan'],
  };

  async function sipIn(status: string) {
    const base =
      status === 'proposed'
        ? 'complete'
        : status === 'invited' || status === 'refused'
          ? 'invited'
          : 'active';
    const s = await at(
      base === 'invited' ? 'invited' : base === 'complete' ? 'complete' : 'active',
    );
    if (status === 'meeting-held') {
      const fresh = await at('invited');
      await savePlan(erik, fresh.sipId, completePlan(ids));
      expect((await erik.post(`/api/sips/${fresh.sipId}/meetings`, {})).status).toBe(201);
      return fresh.sipId;
    }
    if (status === 'invited') await savePlan(erik, s.sipId, completePlan(ids));
    if (status === 'refused') await ACTIONS.refuse!(s.sipId, 0);
    if (status === 'withdrawn') {
      const fresh = await at('complete');
      await ACTIONS.withdraw!(fresh.sipId, 0);
      return fresh.sipId;
    }
    if (status === 'closed') await ACTIONS.close!(s.sipId, 0);
    return s.sipId;
  }

  for (const [status, refused] of Object.entries(REFUSED)) {
    it(`refuses from ${status}: ${refused.join(', ')}`, async () => {
      for (const action of refused) {
        const sipId = await sipIn(status);
        const before = await erik.get(`/api/sips/${sipId}`);
        expect(before.body.status).toBe(status);
        const res = await ACTIONS[action]!(sipId, before.body.planVersion);
        expect(res.status, `${action} from ${status}: ${JSON.stringify(res.body)}`).toBe(409);
        expect(res.body.reason).toBe('not-allowed-from-status');
        // Nothing changed.
        const after = await erik.get(`/api/sips/${sipId}`);
        expect(after.body.status).toBe(status);
        expect(after.body.planVersion).toBe(before.body.planVersion);
      }
    });
  }

  it('allows every transition of the life cycle, and allowedEvents says so beforehand', async () => {
    const cases: [string, string, string][] = [
      ['proposed', 'invite', 'invited'],
      ['proposed', 'meeting', 'meeting-held'],
      ['proposed', 'activate', 'active'],
      ['proposed', 'refuse', 'refused'],
      ['proposed', 'withdraw', 'withdrawn'],
      ['invited', 'invite', 'invited'],
      ['invited', 'meeting', 'meeting-held'],
      ['invited', 'activate', 'active'],
      ['invited', 'refuse', 'refused'],
      ['invited', 'withdraw', 'withdrawn'],
      ['meeting-held', 'invite', 'meeting-held'],
      ['meeting-held', 'activate', 'active'],
      ['meeting-held', 'refuse', 'refused'],
      ['meeting-held', 'withdraw', 'withdrawn'],
      ['active', 'invite', 'active'],
      ['active', 'follow-up', 'active'],
      ['active', 'plan', 'active'],
      ['active', 'close', 'closed'],
    ];
    const actionName: Record<string, string> = {
      invite: 'invite',
      meeting: 'record-meeting',
      activate: 'activate',
      'follow-up': 'record-follow-up',
      plan: 'revise',
      close: 'close',
      refuse: 'refuse',
      withdraw: 'withdraw',
    };
    for (const [from, action, to] of cases) {
      const sipId = await sipIn(from);
      const before = await erik.get(`/api/sips/${sipId}`);
      if (action !== 'plan')
        expect(before.body.allowedEvents, `${from} ${action}`).toContain(actionName[action]);
      const version = before.body.planVersion;
      const res =
        action === 'plan'
          ? await put(erik, `/api/sips/${sipId}/plan`, {
              basedOnVersion: version,
              plan: { ...completePlan(ids), ownWords: 'Nya ord.' },
            })
          : await ACTIONS[action]!(sipId, version);
      expect(res.status, `${from} --${action}--> ${to}: ${JSON.stringify(res.body)}`).toBeLessThan(
        300,
      );
      expect(res.body.status).toBe(to);
    }
  });
});

describe('activation', () => {
  it('names exactly what is missing, each law item on its own', async () => {
    const cases: [string, (p: any) => void][] = [
      ['problem-and-goals', (p) => (p.problemAndNeeds = ' ')],
      [
        'problem-and-goals',
        (p) => {
          p.goals = [];
          p.interventions.forEach((i: any) => (i.goalIds = []));
        },
      ],
      ['problem-and-goals', (p) => (p.goals[1].text = '')],
      ['interventions-by-principal', (p) => (p.interventions = [])],
      [
        'interventions-by-principal',
        (p) =>
          (p.interventions = [
            {
              ...p.interventions[0],
              principal: 'other',
              organisationId: null,
              unitId: null,
              otherActor: 'Kyrkan',
            },
          ]),
      ],
      ['interventions-by-principal', (p) => (p.interventions[0].unitId = null)],
      ['measures-by-others', (p) => (p.measuresByOthers = [])],
      ['measures-by-others', (p) => (p.measuresByOthersNone = true)],
      ['overall-responsibility', (p) => (p.overallResponsibility = null)],
      ['coordinator', (p) => (p.coordinator = null)],
      ['follow-up-date', (p) => (p.nextFollowUpOn = null)],
      ['follow-up-date', (p) => (p.nextFollowUpOn = dateIn(-1))],
    ];
    for (const [code, change] of cases) {
      const s = await at('consented');
      const plan = completePlan(ids);
      change(plan);
      await savePlan(erik, s.sipId, plan);
      const res = await erik.post(`/api/sips/${s.sipId}/activate`, {});
      expect(res.status, code).toBe(422);
      expect(res.headers['content-type']).toContain('application/problem+json');
      expect(res.body).toMatchObject({ status: 422, reason: 'plan-incomplete', missing: [code] });
    }
    // Measures by others stated as "none" with an empty list is complete.
    const s = await at('consented');
    await savePlan(erik, s.sipId, {
      ...completePlan(ids),
      measuresByOthers: [],
      measuresByOthersNone: true,
    });
    expect((await erik.post(`/api/sips/${s.sipId}/activate`)).status).toBe(200);
  });

  it('lists consent with the plan’s gaps, and only consent when the plan is complete', async () => {
    const noConsent = await at('proposed');
    const empty = await erik.post(`/api/sips/${noConsent.sipId}/activate`);
    expect(empty.body.missing).toEqual([
      'consent',
      'problem-and-goals',
      'interventions-by-principal',
      'measures-by-others',
      'overall-responsibility',
      'coordinator',
      'follow-up-date',
    ]);
    await savePlan(erik, noConsent.sipId, completePlan(ids));
    const onlyConsent = await erik.post(`/api/sips/${noConsent.sipId}/activate`);
    expect(onlyConsent.status).toBe(422);
    expect(onlyConsent.body.missing).toEqual(['consent']);
    // A consent that is not about SIP does not count.
    await recordConsent(erik, noConsent.personId, 'information-sharing', [ids.region]);
    expect((await erik.post(`/api/sips/${noConsent.sipId}/activate`)).body.missing).toEqual([
      'consent',
    ]);
    await recordConsent(erik, noConsent.personId, 'sip', [ids.region]);
    const day = dateIn(0);
    const ok = await erik.post(`/api/sips/${noConsent.sipId}/activate`);
    expect(ok.status).toBe(200);
    // Straight from proposed, with no meeting held: none is recorded.
    expect(ok.body).toMatchObject({
      status: 'active',
      firstMeetingOn: null,
      activatedOn: todaySince(day),
    });
  });

  it('refuses a date in the future or before the proposal, naming the field', async () => {
    const s = await at('complete');
    const future = await erik.post(`/api/sips/${s.sipId}/activate`, { on: dateIn(2) });
    expect(future.status).toBe(400);
    expect(future.body.errors).toEqual([{ path: 'on', message: 'lies in the future' }]);
    const meetingFuture = await erik.post(`/api/sips/${s.sipId}/meetings`, { heldOn: dateIn(1) });
    expect(meetingFuture.body.errors).toEqual([{ path: 'heldOn', message: 'lies in the future' }]);
    const early = await erik.post(`/api/sips/${s.sipId}/activate`, { on: dateIn(-400) });
    expect(early.body.errors).toEqual([{ path: 'on', message: 'lies before the proposal' }]);
  });
});

describe('refusal, withdrawal and closing', () => {
  it('records why the person declined, and stops the meeting and its reminders', async () => {
    const day = dateIn(0);
    const s = await at('invited');
    const empty = await erik.post(`/api/sips/${s.sipId}/refuse`, { reason: '  ' });
    expect(empty.status).toBe(400);
    expect(empty.body.errors).toEqual([{ path: 'reason', message: 'required' }]);
    const refused = await erik.post(`/api/sips/${s.sipId}/refuse`, {
      reason: 'Vill klara sig själv.',
    });
    expect(refused.status).toBe(200);
    expect(refused.body).toMatchObject({
      status: 'refused',
      ending: {
        kind: 'refused',
        reason: 'Vill klara sig själv.',
        on: todaySince(day),
        outcome: null,
      },
      allowedEvents: [],
    });
    expect(refused.body.meetings.map((m: any) => m.status)).toEqual(['cancelled']);
    // The time from proposal (today, as was the refusal, unless a midnight passed) stops there.
    expect(refused.body.timing.proposalToFirstMeeting).toEqual({
      met: false,
      days: null,
      waitingDays: daysFrom(refused.body.proposal.on, refused.body.ending.on),
    });
    expect(refused.body.proposal.on).toEqual(todaySince(day));
  });

  it('closes only with a known outcome', async () => {
    const s = await at('active');
    const bad = await erik.post(`/api/sips/${s.sipId}/close`, { outcome: 'bored' });
    expect(bad.status).toBe(400);
    expect(bad.body.errors[0].path).toBe('outcome');
    const noOutcome = await erik.post(
      `/api/sips/${s.sipId}/follow-ups`,
      followUpBody(2, { decision: 'close', nextFollowUpOn: null }),
    );
    expect(noOutcome.status).toBe(400);
    expect(noOutcome.body.errors).toEqual([
      { path: 'closeOutcome', message: 'required when the decision is close' },
    ]);
  });
});
