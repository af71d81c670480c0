import { describe, expect, it } from 'vitest';
import { logRowsFor } from '../../test/harness.ts';
import {
  completePlan,
  dateIn,
  daysFrom,
  inDays,
  meeting,
  put,
  recordConsent,
  registerPerson,
  savePlan,
  sipAt,
  todaySince,
  useSipServer,
} from './sip.fixtures.ts';

const {
  t,
  ids,
  users: { erik, anna },
  municipalSip: at,
} = useSipServer({ erik: 'erik.socsek', anna: 'anna.lakare' });

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

describe('an active plan', () => {
  it('is revised as a new version and must stay complete', async () => {
    const s = await at('active');
    const v = (await erik.get(`/api/sips/${s.sipId}`)).body.planVersion;
    const incomplete = await put(erik, `/api/sips/${s.sipId}/plan`, {
      basedOnVersion: v,
      plan: { ...completePlan(ids), coordinator: null },
    });
    expect(incomplete.status).toBe(422);
    expect(incomplete.body).toMatchObject({ reason: 'plan-incomplete', missing: ['coordinator'] });
    const revised = await put(erik, `/api/sips/${s.sipId}/plan`, {
      basedOnVersion: v,
      plan: { ...completePlan(ids, 'erik.socsek') },
    });
    expect(revised.status).toBe(200);
    expect(revised.body.planVersion).toBe(v + 1);
    const versions = await erik.get(`/api/sips/${s.sipId}/versions`);
    expect(versions.body.items[0]).toMatchObject({
      version: v + 1,
      changeKind: 'revised',
      changed: ['Samordningsansvarig'],
    });
  });

  it('evaluates every goal and intervention of the current version at a follow-up', async () => {
    const s = await at('active');
    const v = (await erik.get(`/api/sips/${s.sipId}`)).body.planVersion;
    const stale = await erik.post(`/api/sips/${s.sipId}/follow-ups`, followUpBody(v - 1));
    expect(stale.status).toBe(422);
    expect(stale.body.errors).toEqual([
      { path: 'planVersion', message: `evaluates version ${v - 1}, current is ${v}` },
    ]);
    const why = await erik.post(
      `/api/sips/${s.sipId}/follow-ups`,
      followUpBody(v, {
        interventions: [
          { interventionId: 'i1', status: 'not-started' },
          { interventionId: 'i2', status: 'started' },
        ],
      }),
    );
    expect(why.body.errors).toEqual([
      { path: 'interventions[0].reason', message: 'say why the intervention has not started' },
    ]);
    const past = await erik.post(
      `/api/sips/${s.sipId}/follow-ups`,
      followUpBody(v, { nextFollowUpOn: null }),
    );
    expect(past.body.errors).toEqual([
      { path: 'nextFollowUpOn', message: 'set the date of the next follow-up' },
    ]);
    // Same date kept: no new version.
    const same = await erik.post(
      `/api/sips/${s.sipId}/follow-ups`,
      followUpBody(v, { nextFollowUpOn: completePlan(ids).nextFollowUpOn, decision: 'revise' }),
    );
    expect(same.status).toBe(201);
    expect(same.body.planVersion).toBe(v);
    expect(same.body.followUps[0]).toMatchObject({
      decision: 'revise',
      goals: [
        { goalId: 'g1', status: 'achieved' },
        { goalId: 'g2', status: 'achieved' },
      ],
    });
  });

  it('schedules follow-up meetings through the invitation, asking everyone again', async () => {
    const s = await at('active');
    const detail = (await erik.get(`/api/sips/${s.sipId}`)).body;
    const unit = detail.participants.find((p: any) => p.unitId === ids.beroendecentrum);
    await anna.post(`/api/sips/${s.sipId}/participants/${unit.id}/response`, {
      response: 'declined',
      note: 'Semester.',
    });
    const again = await erik.post(`/api/sips/${s.sipId}/invitation`, {
      meeting: { ...meeting(20), place: 'Vårdcentralen' },
      participants: [],
    });
    expect(again.status).toBe(200);
    expect(again.body.status).toBe('active');
    expect(again.body.meetings.map((m: any) => [m.purpose, m.status])).toEqual([
      // The planning meeting booked for after the activation is replaced.
      ['planning', 'cancelled'],
      ['follow-up', 'scheduled'],
    ]);
    expect(again.body.participants.every((p: any) => p.invitation === 'pending')).toBe(true);
  });
});

describe('invitations and answers', () => {
  it('refuses a meeting in the past or without a place, naming the fields', async () => {
    const s = await at('consented');
    const res = await erik.post(`/api/sips/${s.sipId}/invitation`, {
      meeting: { startsAt: inDays(-1).toISOString() },
      participants: [{ kind: 'staff', staffId: '00000000-0000-4000-8000-000000000000' }],
    });
    expect(res.status).toBe(400);
    expect(res.body.errors).toEqual([
      { path: 'meeting.startsAt', message: 'must be in the future' },
      { path: 'meeting.place', message: 'give a place or a video link' },
    ]);
    const badLink = await erik.post(`/api/sips/${s.sipId}/invitation`, {
      meeting: { startsAt: inDays(2).toISOString(), videoLink: 'http://x.example' },
    });
    expect(badLink.status).toBe(400);
    expect(badLink.body.errors[0].path).toBe('meeting.videoLink');
    const unknownStaff = await erik.post(`/api/sips/${s.sipId}/invitation`, {
      meeting: meeting(),
      participants: [{ kind: 'staff', staffId: '00000000-0000-4000-8000-000000000000' }],
    });
    expect(unknownStaff.body.errors).toEqual([
      { path: 'participants[0].staffId', message: 'no such staff member' },
    ]);
    expect((await erik.get(`/api/sips/${s.sipId}`)).body.status).toBe('proposed');
  });

  it('invites only organisations the consent names; private providers and other actors too', async () => {
    const s = await at('consented'); // the consent names the region only
    const refused = await erik.post(`/api/sips/${s.sipId}/invitation`, {
      meeting: meeting(),
      participants: [
        { kind: 'unit', unitId: ids.beroendecentrum },
        { kind: 'unit', unitId: ids.socNorrby },
        { kind: 'private-provider', organisationId: ids.solgarden },
      ],
    });
    expect(refused.status).toBe(422);
    expect(refused.body).toMatchObject({
      reason: 'participants-refused',
      errors: [
        {
          path: 'participants[1]',
          message: 'the person’s consent to SIP does not name this organisation',
        },
        {
          path: 'participants[2]',
          message: 'the person’s consent to SIP does not name this organisation',
        },
      ],
    });
    await recordConsent(erik, s.personId, 'sip', [ids.solgarden]);
    const ok = await erik.post(`/api/sips/${s.sipId}/invitation`, {
      meeting: meeting(),
      participants: [
        { kind: 'unit', unitId: ids.beroendecentrum },
        { kind: 'private-provider', organisationId: ids.solgarden, role: 'HVB' },
        { kind: 'other-actor', name: 'Exempelby gymnasium', role: 'Skolkurator' },
        { kind: 'unit', unitId: ids.beroendecentrum },
      ],
    });
    expect(ok.status).toBe(200);
    expect(ok.body.participants.map((p: any) => `${p.kind}:${p.name}`)).toEqual([
      'unit:Beroendecentrum',
      'private-provider:HVB Solgården',
      'other-actor:Exempelby gymnasium',
    ]);
  });

  it('lets staff answer for themselves and their unit; the own organisation answers for others', async () => {
    const s = await at('invited');
    const detail = (await erik.get(`/api/sips/${s.sipId}`)).body;
    const person = detail.participants.find((p: any) => p.kind === 'person');
    const region = detail.participants.find((p: any) => p.unitId === ids.beroendecentrum);
    expect(
      (
        await anna.post(`/api/sips/${s.sipId}/participants/${person.id}/response`, {
          response: 'accepted',
        })
      ).status,
    ).toBe(403);
    expect(
      (
        await erik.post(`/api/sips/${s.sipId}/participants/${person.id}/response`, {
          response: 'accepted',
        })
      ).status,
    ).toBe(200);
    expect(
      (
        await anna.post(`/api/sips/${s.sipId}/participants/${region.id}/response`, {
          response: 'declined',
          note: 'Krock',
        })
      ).status,
    ).toBe(200);
    expect(
      (
        await anna.post(
          `/api/sips/${s.sipId}/participants/00000000-0000-4000-8000-000000000000/response`,
          { response: 'accepted' },
        )
      ).status,
    ).toBe(404);
    // Only the own organisation removes participants.
    expect((await anna.post(`/api/sips/${s.sipId}/participants/${person.id}/remove`)).status).toBe(
      403,
    );
    const removed = await erik.post(`/api/sips/${s.sipId}/participants/${region.id}/remove`);
    expect(removed.status).toBe(200);
    expect(removed.body.participants.map((p: any) => p.id)).not.toContain(region.id);
    // Removed: the region's participant no longer sees the plan.
    expect((await anna.get(`/api/sips/${s.sipId}`)).status).toBe(404);
    // After the meeting there is nothing to answer.
    await erik.post(`/api/sips/${s.sipId}/meetings`, {});
    const late = await erik.post(`/api/sips/${s.sipId}/participants/${person.id}/response`, {
      response: 'declined',
    });
    expect(late.status).toBe(409);
    expect(late.body.reason).toBe('no-meeting');
  });
});

describe('read-only grounds', () => {
  it('shows another organisation’s SIP under an information-sharing consent, read-only', async () => {
    const person = await registerPerson(erik);
    await anna.post('/api/persons', {
      personalIdentityNumber: person.number,
      givenName: 'X',
      familyName: 'Y',
      sex: 'female',
    });
    const sip = (await erik.post(`/api/persons/${person.id}/sips`, {})).body;
    expect((await anna.get(`/api/sips/${sip.id}`)).status).toBe(404);
    const consentId = await recordConsent(erik, person.id, 'information-sharing', [ids.region]);
    const seen = await anna.get(`/api/sips/${sip.id}`);
    expect(seen.status).toBe(200);
    expect(seen.body).toMatchObject({ ground: 'consent', mayEdit: false, allowedEvents: [] });
    expect(
      (await anna.get(`/api/persons/${person.id}/sips`)).body.items.map((x: any) => x.id),
    ).toEqual([sip.id]);
    const write = await put(anna, `/api/sips/${sip.id}/plan`, {
      basedOnVersion: 1,
      plan: completePlan(ids),
    });
    expect(write.status).toBe(403);
    await erik.post(`/api/consents/${consentId}/revoke`, {});
    expect((await anna.get(`/api/sips/${sip.id}`)).status).toBe(404);
    const rows = await logRowsFor(t.db, person.id);
    expect(
      rows
        .filter((r) => r.user_id === ids.user('anna.lakare'))
        .map((r) => `${r.action}:${r.ground}:${r.outcome}`),
    ).toEqual([
      'person.register:care-relation:allowed',
      'sip.read:none:denied',
      'sip.read:consent:allowed',
      'sip.list:consent:allowed',
      'sip.plan.update:consent:denied',
      'sip.read:none:denied',
    ]);
  });

  it('lets a unit manager read but not write', async () => {
    const maja = await t.signIn('maja.chef');
    const s = await sipAt(t, ids, anna, 'proposed', {
      otherOrganisation: ids.exempelby,
      otherUnit: ids.socExempelby,
      ownerUnit: ids.beroendecentrum,
    });
    const read = await maja.get(`/api/sips/${s.sipId}`);
    expect(read.status).toBe(200);
    expect(read.body).toMatchObject({
      ground: 'care-relation',
      mayEdit: false,
      allowedEvents: [],
    });
    expect((await maja.post(`/api/sips/${s.sipId}/withdraw`, { reason: 'x' })).status).toBe(403);
  });
});
