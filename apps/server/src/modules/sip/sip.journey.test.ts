import { describe, expect, it } from 'vitest';
import { logRowsFor } from '../../test/harness.ts';
import {
  completePlan,
  dateIn,
  daysFrom,
  meeting,
  put,
  recordConsent,
  registerPerson,
  savePlan,
  todaySince,
  useSipServer,
} from './sip.fixtures.ts';

const {
  t,
  ids,
  users: { erik, anna },
} = useSipServer({
  erik: 'erik.socsek',
  anna: 'anna.lakare',
});

describe('the whole journey, proposed by social services with the region taking part', () => {
  it('goes from proposal to closure through the API, both principals in turn', async () => {
    // Dates the server takes as "today" are checked against the day the journey began and the
    // day of the check, so a midnight passing during the journey changes nothing.
    const started = dateIn(0);
    const proposedOn = dateIn(-5);
    const person = await registerPerson(erik);

    // 1. Proposal (five days ago), recorded by the social worker.
    const proposed = await erik.post(`/api/persons/${person.id}/sips`, {
      proposedOn,
      note: 'Behov av samordning kring boende och abstinens.',
    });
    expect(proposed.status).toBe(201);
    const sipId: string = proposed.body.id;
    expect(proposed.body).toMatchObject({
      status: 'proposed',
      frozen: false,
      ground: 'care-relation',
      planVersion: 1,
      organisation: { id: ids.exempelby },
      unit: { id: ids.socExempelby },
      proposal: {
        on: proposedOn,
        source: { kind: 'staff', principal: 'municipality', staffId: ids.user('erik.socsek') },
      },
      mayEdit: true,
      missing: [
        'consent',
        'problem-and-goals',
        'interventions-by-principal',
        'measures-by-others',
        'overall-responsibility',
        'coordinator',
        'follow-up-date',
      ],
      // No meeting yet: no figure for the time to it, only the wait so far.
      timing: { proposalToFirstMeeting: { met: false, days: null, waitingDays: 5 } },
    });
    expect(proposed.body.allowedEvents).toEqual(
      expect.arrayContaining(['invite', 'record-meeting', 'activate', 'refuse', 'withdraw']),
    );

    // The region does not see it: not a participant, no consent.
    expect((await anna.get(`/api/sips/${sipId}`)).status).toBe(404);

    // 2. No invitation without the person's consent to a SIP.
    const invitation = {
      meeting: meeting(7),
      participants: [
        { kind: 'person' },
        { kind: 'unit', unitId: ids.beroendecentrum, role: 'Abstinensvård' },
        { kind: 'other-actor', name: 'Försäkringskassan' },
      ],
      message: 'Vi ses på socialtjänstens kontor.',
    };
    const noConsent = await erik.post(`/api/sips/${sipId}/invitation`, invitation);
    expect(noConsent.status).toBe(422);
    expect(noConsent.body).toMatchObject({ reason: 'consent-required', missing: ['consent'] });

    await recordConsent(erik, person.id, 'sip', [ids.region]);

    // 3. Invitation of both principals, the person and another actor.
    const invited = await erik.post(`/api/sips/${sipId}/invitation`, invitation);
    expect(invited.status).toBe(200);
    expect(invited.body.status).toBe('invited');
    expect(
      invited.body.participants.map((p: any) => [p.kind, p.name, p.invitation, p.mayTakePart]),
    ).toEqual([
      ['person', 'Siv Planström', 'pending', true],
      ['unit', 'Beroendecentrum', 'pending', true],
      ['other-actor', 'Försäkringskassan', 'pending', true],
    ]);
    expect(invited.body.meetings).toEqual([
      expect.objectContaining({
        purpose: 'planning',
        status: 'scheduled',
        place: invitation.meeting.place,
      }),
    ]);

    // The region's physician is told in the app and now sees the plan, on the ground 'sip'.
    const notes = await anna.get('/api/notifications');
    const note = notes.body.items.find((n: any) => n.sipId === sipId);
    expect(note).toMatchObject({
      kind: 'sip.invitation',
      title: 'Kallelse till SIP-möte',
      person: { id: person.id },
    });
    expect(note.body).not.toContain('Planström');
    const seen = await anna.get(`/api/sips/${sipId}`);
    expect(seen.status).toBe(200);
    expect(seen.body).toMatchObject({ ground: 'sip', mayEdit: true, person: { givenName: 'Siv' } });
    // ... but none of the person's other records.
    expect((await anna.get(`/api/persons/${person.id}`)).status).toBe(404);

    // 4. The physician accepts for her unit.
    const unitParticipant = seen.body.participants.find((p: any) => p.kind === 'unit');
    const accepted = await anna.post(
      `/api/sips/${sipId}/participants/${unitParticipant.id}/response`,
      {
        response: 'accepted',
      },
    );
    expect(accepted.status).toBe(200);
    expect(accepted.body.participants.find((p: any) => p.id === unitParticipant.id)).toMatchObject({
      invitation: 'accepted',
      respondedOn: todaySince(started),
    });

    // 5. The meeting is held; the wait from proposal to meeting is stored and shown.
    const met = await erik.post(`/api/sips/${sipId}/meetings`, { notes: 'Alla närvarade.' });
    expect(met.status).toBe(201);
    expect(met.body).toMatchObject({
      status: 'meeting-held',
      firstMeetingOn: todaySince(started),
      timing: { proposalToFirstMeeting: { met: true } },
    });
    expect(met.body.timing.proposalToFirstMeeting.days).toBe(
      daysFrom(proposedOn, met.body.firstMeetingOn),
    );
    expect(met.body.meetings[0]).toMatchObject({
      status: 'held',
      heldOn: met.body.firstMeetingOn,
    });

    // 6. An incomplete plan cannot become active; the 422 names exactly what is missing.
    const incomplete = await erik.post(`/api/sips/${sipId}/activate`);
    expect(incomplete.status).toBe(422);
    expect(incomplete.body).toMatchObject({
      status: 422,
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

    // 7. Both principals write the plan: social services first, then the physician adds hers.
    const full = completePlan(ids);
    const municipalPart = {
      ...full,
      interventions: full.interventions.filter((i) => i.principal === 'municipality'),
      nextFollowUpOn: null,
    };
    const v2 = await savePlan(erik, sipId, municipalPart);
    expect(v2.planVersion).toBe(2);
    expect(v2.missing).toEqual(['follow-up-date']);
    const v3 = await put(anna, `/api/sips/${sipId}/plan`, { basedOnVersion: 2, plan: full });
    expect(v3.status).toBe(200);
    expect(v3.body.planVersion).toBe(3);
    expect(v3.body.missing).toEqual([]);
    expect(v3.body.planSavedBy).toEqual({ staffId: ids.user('anna.lakare'), name: 'Anna Läkare' });
    // Names come from the registers, not from the client.
    expect(v3.body.plan.coordinator).toEqual({
      staffId: ids.user('sara.samordnare'),
      name: 'Sara Samordnare',
    });
    expect(v3.body.plan.interventions[0].responsible).toEqual({
      staffId: ids.user('anna.lakare'),
      name: 'Anna Läkare',
    });

    // 8. Activation.
    const active = await erik.post(`/api/sips/${sipId}/activate`, {});
    expect(active.status).toBe(200);
    expect(active.body).toMatchObject({
      status: 'active',
      activatedOn: todaySince(started),
      frozen: false,
    });
    expect(active.body.timing.followUp).toMatchObject({
      state: 'scheduled',
      nextFollowUpOn: full.nextFollowUpOn,
    });
    expect(active.body.allowedEvents).toEqual(
      expect.arrayContaining(['invite', 'record-follow-up', 'revise', 'close']),
    );
    expect(active.body.allowedEvents).not.toContain('activate');

    // 9. A follow-up, recorded by the physician: each goal and intervention evaluated.
    const followUp = await anna.post(`/api/sips/${sipId}/follow-ups`, {
      heldOn: dateIn(0),
      planVersion: 3,
      goals: [
        { goalId: 'g1', status: 'achieved' },
        { goalId: 'g2', status: 'partly', note: 'Väntar på besked om lägenhet.' },
      ],
      interventions: [
        { interventionId: 'i1', status: 'finished' },
        { interventionId: 'i2', status: 'not-started', reason: 'Ingen plats ännu.' },
      ],
      decision: 'continue',
      nextFollowUpOn: dateIn(90),
    });
    expect(followUp.status).toBe(201);
    expect(followUp.body).toMatchObject({
      status: 'active',
      planVersion: 4,
      plan: { nextFollowUpOn: dateIn(90) },
    });
    expect(followUp.body.followUps).toEqual([
      expect.objectContaining({
        decision: 'continue',
        planVersion: 3,
        recordedBy: { staffId: ids.user('anna.lakare'), name: 'Anna Läkare' },
      }),
    ]);

    // 10. Closed with an outcome; nothing more may happen.
    const closed = await erik.post(`/api/sips/${sipId}/close`, {
      outcome: 'goals-achieved',
      note: 'Eget boende ordnat.',
    });
    expect(closed.status).toBe(200);
    expect(closed.body).toMatchObject({
      status: 'closed',
      ending: {
        kind: 'closed',
        on: todaySince(started),
        outcome: 'goals-achieved',
        note: 'Eget boende ordnat.',
      },
      allowedEvents: [],
      missing: [],
    });
    expect((await erik.post(`/api/sips/${sipId}/close`, { outcome: 'other' })).status).toBe(409);

    // History shows who did what, across both principals.
    const hist = await erik.get(`/api/sips/${sipId}/history`);
    const lines = hist.body.items
      .filter((i: any) => i.by)
      .map((i: any) => `${i.type}:${i.by.name}`);
    expect(lines).toEqual([
      'proposed:Erik Socialsekreterare',
      'participant-added:Erik Socialsekreterare',
      'participant-added:Erik Socialsekreterare',
      'participant-added:Erik Socialsekreterare',
      'invited:Erik Socialsekreterare',
      'participant-responded:Anna Läkare',
      'meeting-held:Erik Socialsekreterare',
      'plan-saved:Erik Socialsekreterare',
      'plan-saved:Anna Läkare',
      'activated:Erik Socialsekreterare',
      'follow-up:Anna Läkare',
      'closed:Erik Socialsekreterare',
    ]);
    expect(hist.body.items.map((i: any) => i.type)).toContain('consent-given');

    // Every read and write of the SIP is in the access log, the region's on the ground 'sip'.
    const rows = await logRowsFor(t.db, person.id);
    const annaRows = rows.filter(
      (r) => r.user_id === ids.user('anna.lakare') && r.outcome === 'allowed',
    );
    expect(annaRows.map((r) => r.action)).toEqual(
      expect.arrayContaining([
        'sip.read',
        'sip.participant.respond',
        'sip.plan.update',
        'sip.follow-up',
        'notification.list',
      ]),
    );
    expect(new Set(annaRows.map((r) => r.ground))).toEqual(new Set(['sip']));
    const erikRows = rows.filter(
      (r) => r.user_id === ids.user('erik.socsek') && r.action.startsWith('sip.'),
    );
    expect(new Set(erikRows.filter((r) => r.outcome === 'allowed').map((r) => r.ground))).toEqual(
      new Set(['care-relation']),
    );
    expect(erikRows.map((r) => `${r.action}:${r.outcome}`)).toEqual(
      expect.arrayContaining([
        'sip.propose:allowed',
        'sip.invite:denied',
        'sip.activate:denied',
        'sip.activate:allowed',
        'sip.close:allowed',
        'sip.close:denied',
      ]),
    );
    const annaDenied = rows.filter(
      (r) => r.user_id === ids.user('anna.lakare') && r.outcome === 'denied',
    );
    expect(annaDenied.map((r) => r.action)).toEqual(['sip.read', 'person.read']);
    for (const r of rows.filter((x) => x.action.startsWith('sip.') && x.action !== 'sip.propose')) {
      expect(JSON.parse(r.detail!)).toMatchObject({ sipId });
    }
  });
});
