import { describe, expect, it } from 'vitest';
import {
  completePlan,
  dateIn,
  daysFrom,
  emptyPlanBody,
  inWeekOf,
  meeting,
  put,
  recordConsent,
  registerPerson,
  useSipServer,
} from './sip.fixtures.ts';
import { todayInStockholm } from '../../util/time.ts';

const {
  t,
  ids,
  users: { erik, sara, anna, vera },
} = useSipServer({
  erik: 'erik.socsek',
  sara: 'sara.samordnare',
  anna: 'anna.lakare',
  vera: 'vera.vardcentral',
});

describe('the whole journey, proposed by the region with social services taking part', () => {
  it('lets the coordinator of the other principal take the plan over and close it at a follow-up', async () => {
    const person = await registerPerson(anna);
    const proposed = await anna.post(`/api/persons/${person.id}/sips`, {
      source: { kind: 'person' },
    });
    expect(proposed.status).toBe(201);
    expect(proposed.body.proposal.source).toMatchObject({ kind: 'person' });
    const sipId: string = proposed.body.id;
    await recordConsent(anna, person.id, 'sip', [ids.exempelby]);

    // A unit of the same region is not covered by... it is the own organisation: no consent needed.
    const invited = await anna.post(`/api/sips/${sipId}/invitation`, {
      meeting: { ...meeting(3), place: undefined, videoLink: 'https://video.example.se/sip-1' },
      participants: [
        { kind: 'unit', unitId: ids.socExempelby },
        { kind: 'staff', staffId: ids.user('vera.vardcentral') },
        { kind: 'person' },
      ],
    });
    expect(invited.status).toBe(200);

    // The municipality's coordinator sees it through her unit, without a care relation.
    const seen = await sara.get(`/api/sips/${sipId}`);
    expect(seen.status).toBe(200);
    expect(seen.body.ground).toBe('sip');
    // A colleague of the own organisation who was invited by name sees it on the same ground.
    expect((await vera.get(`/api/sips/${sipId}`)).body.ground).toBe('sip');
    // The coordinator's list of her SIPs and her worklist show it.
    expect((await sara.get('/api/sips?scope=unit')).body.items.map((s: any) => s.id)).toContain(
      sipId,
    );
    const worklist = await sara.get('/api/worklist');
    expect(worklist.body.items).toContainEqual(
      expect.objectContaining({ kind: 'invitation-to-answer', sipId }),
    );
    // The meeting three days ahead is this week from Monday to Thursday only.
    const meetingDay = todayInStockholm(new Date(invited.body.meetings[0].startsAt));
    const thisWeek = expect.objectContaining({ kind: 'meeting-this-week', sipId });
    if (inWeekOf(worklist.body.today, meetingDay)) {
      expect(worklist.body.items).toContainEqual(thisWeek);
    } else {
      expect(worklist.body.items).not.toContainEqual(thisWeek);
    }

    // Sara writes the plan as coordinator; the region activates it.
    const plan = { ...completePlan(ids, 'sara.samordnare'), overallResponsibility: 'region' };
    const saved = await put(sara, `/api/sips/${sipId}/plan`, { basedOnVersion: 1, plan });
    expect(saved.status).toBe(200);
    const activatedOn = dateIn(0);
    const active = await anna.post(`/api/sips/${sipId}/activate`, { on: activatedOn });
    expect(active.status).toBe(200);
    // Activating from 'invited' before the meeting booked in three days: no meeting is
    // invented, the booked one stays booked.
    expect(active.body).toMatchObject({
      firstMeetingOn: null,
      timing: { proposalToFirstMeeting: { met: false, days: null } },
    });
    // Proposed today (the server's today when it was proposed, should a midnight pass).
    expect(active.body.timing.proposalToFirstMeeting.waitingDays).toBe(
      daysFrom(active.body.proposal.on, activatedOn),
    );
    expect(active.body.meetings.at(-1)).toMatchObject({ status: 'scheduled' });

    // The follow-up decides to close: evaluated and closed in one step.
    const incomplete = await sara.post(`/api/sips/${sipId}/follow-ups`, {
      heldOn: dateIn(0),
      planVersion: 2,
      goals: [{ goalId: 'g1', status: 'not-achieved' }],
      interventions: [],
      decision: 'close',
      closeOutcome: 'goals-partly-achieved',
    });
    expect(incomplete.status).toBe(422);
    expect(incomplete.body.reason).toBe('follow-up-invalid');
    expect(incomplete.body.errors.map((e: any) => e.path)).toEqual([
      'goals[0].note',
      'goals',
      'interventions',
      'interventions',
    ]);

    const closed = await sara.post(`/api/sips/${sipId}/follow-ups`, {
      heldOn: dateIn(0),
      planVersion: 2,
      goals: [
        { goalId: 'g1', status: 'achieved' },
        { goalId: 'g2', status: 'not-achieved', note: 'Flyttar till annan ort.' },
      ],
      interventions: [
        { interventionId: 'i1', status: 'finished' },
        { interventionId: 'i2', status: 'ongoing' },
      ],
      decision: 'close',
      closeOutcome: 'moved',
    });
    expect(closed.status).toBe(201);
    expect(closed.body).toMatchObject({
      status: 'closed',
      ending: { outcome: 'moved' },
      planVersion: 2,
    });
    // The meeting booked for later will not be held: cancelled, so no reminders go out.
    expect(closed.body.meetings.at(-1)).toMatchObject({ status: 'cancelled' });
  });
});

describe('proposals', () => {
  it('records proposals from the person, a guardian or the school, and refuses bad ones', async () => {
    const person = await registerPerson(erik);
    for (const source of [
      { kind: 'guardian', name: 'Mamma Planström' },
      { kind: 'school', name: 'Exempelby gymnasium' },
    ]) {
      const res = await erik.post(`/api/persons/${person.id}/sips`, { source });
      expect(res.status).toBe(201);
      expect(res.body.proposal.source).toMatchObject({
        kind: source.kind,
        name: source.name,
        staffId: null,
      });
    }
    // A proposal from a staff member of the other principal, recorded by the social worker.
    const fromRegion = await erik.post(`/api/persons/${person.id}/sips`, {
      source: { kind: 'staff', staffId: ids.user('anna.lakare') },
    });
    expect(fromRegion.body.proposal.source).toMatchObject({
      principal: 'region',
      organisationId: ids.region,
      unitId: ids.beroendecentrum,
      name: 'Anna Läkare',
    });
    const future = await erik.post(`/api/persons/${person.id}/sips`, { proposedOn: dateIn(3) });
    expect(future.status).toBe(400);
    expect(future.body.errors).toEqual([{ path: 'proposedOn', message: 'lies in the future' }]);
    const unknown = await erik.post(`/api/persons/${person.id}/sips`, {
      source: { kind: 'staff', staffId: '00000000-0000-4000-8000-000000000000' },
    });
    expect(unknown.status).toBe(400);
    expect(unknown.body.errors[0].path).toBe('source.staffId');
    expect((await erik.get(`/api/persons/${person.id}/sips`)).body.items).toHaveLength(3);
  });

  it('answers 404 when the person is not visible, and 403 to a role that may not propose', async () => {
    const person = await registerPerson(anna);
    expect((await erik.post(`/api/persons/${person.id}/sips`, {})).status).toBe(404);
    expect((await erik.get(`/api/persons/${person.id}/sips`)).status).toBe(404);
    const maja = await t.signIn('maja.chef');
    expect((await maja.post(`/api/persons/${person.id}/sips`, {})).status).toBe(403);
  });

  it('keeps a draft plan editable before activation and refuses structural errors with 400', async () => {
    const person = await registerPerson(erik);
    const sip = (await erik.post(`/api/persons/${person.id}/sips`, {})).body;
    const bad = await put(erik, `/api/sips/${sip.id}/plan`, {
      basedOnVersion: 1,
      plan: {
        ...emptyPlanBody(),
        goals: [
          { id: 'g1', text: 'A', horizon: 'short' },
          { id: 'g1', text: 'B', horizon: 'long' },
        ],
        interventions: [
          {
            id: 'i1',
            description: 'X',
            principal: 'region',
            organisationId: ids.exempelby,
            unitId: null,
            goalIds: ['nope'],
          },
        ],
      },
    });
    expect(bad.status).toBe(400);
    expect(bad.body.errors.map((e: any) => e.path)).toEqual([
      'plan.interventions[0].organisationId',
    ]);
    const dup = await put(erik, `/api/sips/${sip.id}/plan`, {
      basedOnVersion: 1,
      plan: {
        ...emptyPlanBody(),
        goals: [
          { id: 'g1', text: 'A', horizon: 'short' },
          { id: 'g1', text: 'B', horizon: 'long' },
        ],
      },
    });
    expect(dup.status).toBe(400);
    expect(dup.body.errors).toEqual([{ path: 'plan.goals[1].id', message: 'duplicate id g1' }]);
    const missingField = await put(erik, `/api/sips/${sip.id}/plan`, {
      basedOnVersion: 1,
      plan: { goals: [] },
    });
    expect(missingField.status).toBe(400);
    expect(missingField.body.errors.map((e: any) => e.path)).toContain('plan.problemAndNeeds');
    // Saving the same plan twice adds no empty version.
    const same = await put(erik, `/api/sips/${sip.id}/plan`, {
      basedOnVersion: 1,
      plan: emptyPlanBody(),
    });
    expect(same.status).toBe(200);
    expect(same.body.planVersion).toBe(1);
  });
});
