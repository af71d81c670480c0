import { luhnCheckDigit } from '@vardflata/domain';
import { describe, expect, it } from 'vitest';
import { logRowsFor, newIdentityNumber } from '../../test/harness.ts';
import { completePlan, meeting, useSipServer } from '../sip/sip.fixtures.ts';

/**
 * Issue 9's closing chain, end to end through the HTTP API, for one person:
 * LOB intake → withdrawal request → bed → discharge with an aftercare SIP → HVB placement →
 * discharge meeting and end of the placement. Every step is checked, and the person's access
 * log tells the whole chain in order.
 */
const {
  t,
  ids,
  users: { anna, erik, sara },
} = useSipServer({ anna: 'anna.lakare', erik: 'erik.socsek', sara: 'sara.samordnare' });

describe('one person’s whole care chain', () => {
  it('LOB intake → withdrawal request → bed → discharge with aftercare SIP → HVB placement → discharge', async () => {
    const number = newIdentityNumber(luhnCheckDigit);
    const person = {
      personalIdentityNumber: number,
      givenName: 'Kedja',
      familyName: 'Helsson',
      sex: 'male',
    };

    // 1. The police bring him in under LOB; Beroendecentrum registers him and records the intake.
    const reg = await anna.post('/api/persons', person);
    expect(reg.status).toBe(201);
    const personId = reg.body.id as string;
    const lob = await anna.post(`/api/persons/${personId}/lob-intakes`, {
      broughtInAt: '2026-03-07T01:40:00Z',
      broughtBy: 'police',
    });
    expect(lob.status).toBe(201);

    // Social services know him too; he consents to information sharing and to a SIP with the region.
    expect((await erik.post('/api/persons', person)).status).toBe(201);
    for (const purpose of ['information-sharing', 'sip']) {
      const c = await erik.post(`/api/persons/${personId}/consents`, {
        purpose,
        recipientOrganisationIds: [ids.region],
        form: 'written',
      });
      expect(c.status).toBe(201);
    }

    // 2. After sobering, the unit hands him over to withdrawal care: a bed request (330 minutes).
    const handed = await anna.post(`/api/lob-intakes/${lob.body.id}/hand-over`, {
      to: 'withdrawal-care',
      handedOverAt: '2026-03-07T07:10:00Z',
      medicallyMotivated: true,
      reason: 'Abstinens med kramper i anamnesen.',
    });
    expect(handed.status).toBe(200);
    expect(handed.body).toMatchObject({ handoverTo: 'withdrawal-care', minutesToHandover: 330 });
    const requestId = handed.body.withdrawalRequestId as string;
    const queue = await anna.get('/api/withdrawal-requests');
    expect(queue.body.items.map((i: { id: string }) => i.id)).toContain(requestId);

    // 3. The centre triages and admits him to a bed.
    expect(
      (await anna.post(`/api/withdrawal-requests/${requestId}/triage`, { urgency: 'acute' }))
        .status,
    ).toBe(200);
    const admitted = await anna.post(`/api/withdrawal-requests/${requestId}/admit`, {});
    expect(admitted.body.status).toBe('admitted');
    const board = await anna.get('/api/bed-board');
    expect(board.body.units[0].admitted.map((r: { id: string }) => r.id)).toContain(requestId);

    // 4. Discharge with the coordinated aftercare plan: a SIP is proposed for the aftercare.
    const discharged = await anna.post(`/api/withdrawal-requests/${requestId}/discharge`, {
      personTookPart: true,
      userOrganisationRepresentative: 'RFHL Exempelby',
      note: 'Eftervård: behandlingshem, LARO-uppföljning på Beroendecentrum.',
    });
    expect(discharged.status).toBe(200);
    const aftercareSipId = discharged.body.aftercare.sipId as string;
    expect(aftercareSipId).toBeTruthy();

    // The aftercare SIP is owned by the centre; social services establish their own SIP with the
    // region for the placement: invite, complete plan, activate.
    const sip = await erik.post(`/api/persons/${personId}/sips`, {});
    expect(sip.status).toBe(201);
    const sipId = sip.body.id as string;
    const invited = await erik.post(`/api/sips/${sipId}/invitation`, {
      meeting: meeting(),
      participants: [
        { kind: 'person' },
        { kind: 'unit', unitId: ids.socExempelby },
        { kind: 'unit', unitId: ids.beroendecentrum },
      ],
    });
    expect(invited.status).toBe(200);
    const current = await erik.get(`/api/sips/${sipId}`);
    const saved = await erik.request('PUT', `/api/sips/${sipId}/plan`, {
      basedOnVersion: current.body.planVersion,
      plan: completePlan(ids),
    });
    expect(saved.status, JSON.stringify(saved.body)).toBe(200);
    expect((await sara.post(`/api/sips/${sipId}/activate`, {})).status).toBe(200);

    // 5. HVB placement: refused with a cost split that leaves out the region, then placed.
    const solgarden = await t.db
      .selectFrom('unit')
      .select('id')
      .where('name', '=', 'Solgården behandlingshem')
      .executeTakeFirstOrThrow();
    const placementBody = (costSplit: { organisationId: string; percent: number }[]) => ({
      kind: 'hvb',
      providerUnitId: solgarden.id,
      plannedStart: '2030-04-01',
      costSplit,
    });
    const refused = await erik.post(
      `/api/persons/${personId}/placements`,
      placementBody([{ organisationId: ids.exempelby, percent: 100 }]),
    );
    expect(refused.status).toBe(422);
    expect(refused.body.missing).toEqual(['cost-split']);
    const placed = await erik.post(
      `/api/persons/${personId}/placements`,
      placementBody([
        { organisationId: ids.exempelby, percent: 70 },
        { organisationId: ids.region, percent: 30 },
      ]),
    );
    expect(placed.status).toBe(201);
    expect(placed.body).toMatchObject({
      sipId,
      healthCareOrganisationId: ids.region,
      laroUnitId: ids.beroendecentrum,
    });
    const placementId = placed.body.id as string;

    // During the placement: a medication change confirmed by the LARO physician, a report.
    const change = await erik.post(`/api/placements/${placementId}/medication-changes`, {
      description: 'Metadon 60 mg i stället för 70 mg.',
    });
    const changeId = change.body.events.at(-1).id as string;
    expect(
      (await anna.post(`/api/placements/${placementId}/medication-changes/${changeId}/confirm`, {}))
        .status,
    ).toBe(200);
    expect(
      (
        await erik.post(`/api/placements/${placementId}/follow-up-reports`, {
          text: 'Följer planen.',
        })
      ).status,
    ).toBe(200);

    // 6. Discharge from the HVB: the meeting invites the LARO unit; the placement ends.
    const meetingRes = await erik.post(`/api/placements/${placementId}/discharge-meeting`, {
      startsAt: '2030-07-01T08:00:00Z',
      place: 'Solgården',
    });
    expect(meetingRes.body.events.at(-1).recipientUnitIds).toContain(ids.beroendecentrum);
    const ended = await erik.post(`/api/placements/${placementId}/end`, {
      endedOn: '2030-07-02',
      outcome: 'Utskriven till eget boende med öppenvård.',
    });
    expect(ended.body.status).toBe('ended');

    // The access log tells the chain, in order.
    const actions = (await logRowsFor(t.db, personId))
      .filter((r) => r.outcome === 'allowed')
      .map((r) => r.action);
    const chain = [
      'lob-intake.create',
      'withdrawal-request.create',
      'lob-intake.handover',
      'withdrawal-request.triage',
      'withdrawal-request.admit',
      'sip.propose',
      'withdrawal-request.discharge',
      'sip.activate',
      'placement.create',
      'placement.medication-confirm',
      'placement.discharge-meeting',
      'placement.end',
    ];
    const positions = chain.map((a) => actions.indexOf(a));
    expect(
      positions.every((p) => p >= 0),
      JSON.stringify(actions),
    ).toBe(true);
    expect([...positions].sort((a, b) => a - b)).toEqual(positions);
  });
});
