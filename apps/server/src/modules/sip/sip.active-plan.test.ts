import { describe, expect, it } from 'vitest';
import { logRowsFor } from '../../test/harness.ts';
import {
  completePlan,
  dateIn,
  inDays,
  meeting,
  put,
  recordConsent,
  registerPerson,
  sipAt,
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
