import { describe, expect, it } from 'vitest';
import {
  completePlan,
  dateIn,
  daysFrom,
  getRaw,
  inDays,
  meeting,
  pdfText,
  recordConsent,
  registerPerson,
  savePlan,
  useSipServer,
} from './sip.fixtures.ts';
import { todayInStockholm } from '../../util/time.ts';

/** Meetings and answers as they were, never as they might have been ("Trust and truth"). */

const {
  t,
  ids,
  users: { erik, sara, anna },
  municipalSip,
} = useSipServer({ erik: 'erik.socsek', sara: 'sara.samordnare', anna: 'anna.lakare' });

describe('a SIP activated before its meeting is held', () => {
  it('shows no meeting that never happened: not in the detail, the PDF or the own view', async () => {
    // Invited to a meeting in seven days, then activated today.
    const s = await municipalSip('active');
    const detail = (await erik.get(`/api/sips/${s.sipId}`)).body;
    expect(detail).toMatchObject({
      status: 'active',
      firstMeetingOn: null,
      timing: { proposalToFirstMeeting: { met: false, days: null, waitingDays: 0 } },
    });
    expect(detail.meetings.map((m: any) => [m.status, m.heldOn])).toEqual([['scheduled', null]]);
    const listed = (await erik.get(`/api/persons/${s.personId}/sips`)).body.items;
    expect(listed.map((x: any) => x.firstMeetingOn)).toEqual([null]);

    const pdf = await pdfText((await getRaw(t, erik, `/api/sips/${s.sipId}/plan.pdf`)).bytes);
    expect(pdf).toContain('Första mötet: Inte hållet ännu; bokat till');
    expect(pdf).not.toContain('dagar efter förslaget');

    const view = (await erik.get(`/api/sips/${s.sipId}/own-view`)).body;
    const next = view.sections.find((x: any) => x.heading === 'Nästa gång vi ses');
    expect(next.paragraphs[0]).toMatch(/^Ert första möte är .* kl\. \d\d:\d\d, Socialtjänsten/);
    expect(next.paragraphs.join(' ')).not.toContain('igen');
  });

  it('counts a booked meeting whose time had come as held, on its own day', async () => {
    const person = await registerPerson(erik);
    await recordConsent(erik, person.id, 'sip', [ids.region]);
    const proposed = await erik.post(`/api/persons/${person.id}/sips`, { proposedOn: dateIn(-10) });
    const sipId: string = proposed.body.id;
    const invited = await erik.post(`/api/sips/${sipId}/invitation`, {
      meeting: meeting(7),
      participants: [{ kind: 'unit', unitId: ids.beroendecentrum }],
    });
    expect(invited.status).toBe(200);
    await savePlan(erik, sipId, completePlan(ids));
    // The meeting was three days ago; the plan is activated today. Its day is the Stockholm
    // date of that instant (72 hours back may be another calendar day near summer time).
    const startsAt = inDays(-3);
    const meetingDay = todayInStockholm(startsAt);
    await t.db
      .updateTable('sip_meeting')
      .set({ starts_at: startsAt })
      .where('sip_id', '=', sipId)
      .execute();
    const active = await erik.post(`/api/sips/${sipId}/activate`, {});
    expect(active.status).toBe(200);
    expect(active.body).toMatchObject({
      activatedOn: dateIn(0),
      firstMeetingOn: meetingDay,
      timing: {
        proposalToFirstMeeting: {
          met: true,
          days: daysFrom(proposed.body.proposal.on, meetingDay),
          waitingDays: null,
        },
      },
    });
    expect(active.body.meetings.map((m: any) => [m.status, m.heldOn])).toEqual([
      ['held', meetingDay],
    ]);
  });

  it('takes the first follow-up for the first meeting when none was held before it', async () => {
    const s = await municipalSip('active');
    const followUp = await erik.post(`/api/sips/${s.sipId}/follow-ups`, {
      heldOn: dateIn(0),
      planVersion: 2,
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
    });
    expect(followUp.status).toBe(201);
    expect(followUp.body).toMatchObject({
      firstMeetingOn: dateIn(0),
      timing: { proposalToFirstMeeting: { met: true, days: 0 } },
    });
  });
});

describe('answering an invitation', () => {
  const answerItems = async (client: typeof erik, sipId: string) =>
    (await client.get('/api/worklist')).body.items.filter(
      (i: any) => i.sipId === sipId && i.kind === 'invitation-to-answer',
    );

  it('asks a physician invited by name and through her unit once, and her answer counts for both', async () => {
    const s = await municipalSip('consented');
    const invited = await erik.post(`/api/sips/${s.sipId}/invitation`, {
      meeting: meeting(5),
      participants: [
        { kind: 'staff', staffId: ids.user('anna.lakare') },
        { kind: 'unit', unitId: ids.beroendecentrum },
      ],
    });
    expect(invited.status).toBe(200);
    const detail = (await anna.get(`/api/sips/${s.sipId}`)).body;
    const own = detail.participants.find((p: any) => p.kind === 'staff');
    const unit = detail.participants.find((p: any) => p.kind === 'unit');
    expect(detail.yourInvitation).toEqual({
      participantId: own.id,
      answersFor: [own.id, unit.id],
    });
    const items = await answerItems(anna, s.sipId);
    expect(items.map((i: any) => i.participantId)).toEqual([own.id]);

    const answered = await anna.post(`/api/sips/${s.sipId}/participants/${own.id}/response`, {
      response: 'accepted',
    });
    expect(answered.status).toBe(200);
    expect(answered.body.participants.map((p: any) => [p.kind, p.invitation])).toEqual([
      ['staff', 'accepted'],
      ['unit', 'accepted'],
    ]);
    expect(await answerItems(anna, s.sipId)).toEqual([]);
    // She may change her mind, once, for both.
    const declined = await anna.post(`/api/sips/${s.sipId}/participants/${own.id}/response`, {
      response: 'declined',
    });
    expect(declined.body.participants.map((p: any) => p.invitation)).toEqual([
      'declined',
      'declined',
    ]);
  });

  it('does not ask the organiser to answer his own invitation; his colleagues are asked', async () => {
    const s = await municipalSip('consented');
    const invited = await erik.post(`/api/sips/${s.sipId}/invitation`, {
      meeting: meeting(5),
      participants: [
        { kind: 'staff', staffId: ids.user('erik.socsek') },
        { kind: 'unit', unitId: ids.socExempelby },
        { kind: 'unit', unitId: ids.beroendecentrum },
      ],
    });
    expect(invited.status).toBe(200);
    expect((await erik.get(`/api/sips/${s.sipId}`)).body.yourInvitation).toBeNull();
    expect(await answerItems(erik, s.sipId)).toEqual([]);

    // Sara works at the same unit and did not book the meeting: the unit's invitation is hers.
    const seen = (await sara.get(`/api/sips/${s.sipId}`)).body;
    const unit = seen.participants.find(
      (p: any) => p.kind === 'unit' && p.unitId === ids.socExempelby,
    );
    expect(seen.yourInvitation).toEqual({ participantId: unit.id, answersFor: [unit.id] });
    expect((await answerItems(sara, s.sipId)).map((i: any) => i.participantId)).toEqual([unit.id]);
  });
});
