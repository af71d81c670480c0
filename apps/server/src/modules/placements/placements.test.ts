import { describe, expect, it } from 'vitest';
import { logRowsFor } from '../../test/harness.ts';
import { registerPerson, sipAt, useSipServer } from '../sip/sip.fixtures.ts';

/** HVB placements and the medication-dependence hand-over (seed 000, api.md). */
const {
  t,
  ids,
  users: { erik, anna, vera, nora },
  municipalSip,
} = useSipServer({
  erik: 'erik.socsek',
  anna: 'anna.lakare',
  vera: 'vera.vardcentral',
  nora: 'nora.socsek',
});

const split = (...parts: [string, number][]) =>
  parts.map(([organisationId, percent]) => ({ organisationId, percent }));

const place = (client: typeof erik, personId: string, costSplit: unknown) =>
  client.post(`/api/persons/${personId}/placements`, {
    kind: 'hvb',
    providerUnitId: unitOf('Solgården behandlingshem'),
    plannedStart: '2030-02-01',
    costSplit,
  });

let solgarden: string | undefined;
const unitOf = (_name: string) => solgarden!;
async function loadSolgarden() {
  solgarden ??= (
    await t.db
      .selectFrom('unit')
      .select('id')
      .where('name', '=', 'Solgården behandlingshem')
      .executeTakeFirstOrThrow()
  ).id;
}

/** An active SIP of Exempelby with the region taking part; Beroendecentrum (the LARO unit)
 * also treats the person, so its physician sees them. */
async function placeablePerson() {
  await loadSolgarden();
  const s = await municipalSip('active');
  const reg = await anna.post('/api/persons', {
    personalIdentityNumber: s.number,
    givenName: 'Siv',
    familyName: 'Planström',
    sex: 'female',
  });
  expect(reg.status).toBe(201);
  return s;
}

describe('placing at an HVB (the SIP gate and the cost split)', () => {
  it('refuses without a SIP and without a settled cost split: 422 missing both, logged', async () => {
    await loadSolgarden();
    const p = await registerPerson(erik);
    const res = await place(erik, p.id, split([ids.exempelby, 60], [ids.solgarden, 40]));
    expect(res.status).toBe(422);
    expect(res.body.missing).toEqual(['sip', 'cost-split']);
    const last = (await logRowsFor(t.db, p.id)).at(-1);
    expect(last).toMatchObject({ action: 'placement.create', outcome: 'denied' });
  });

  it('refuses a cost split that does not make 100 % or leaves out the region or the municipality', async () => {
    const s = await placeablePerson();
    for (const costSplit of [
      split([ids.exempelby, 50], [ids.region, 40]),
      split([ids.exempelby, 100]),
      split([ids.region, 100]),
      split([ids.norrby, 50], [ids.region, 50]),
    ]) {
      const res = await place(erik, s.personId, costSplit);
      expect(res.status, JSON.stringify(costSplit)).toBe(422);
      expect(res.body.missing).toEqual(['cost-split']);
    }
  });

  it('refuses when the SIP is frozen by a revoked consent (the gate counts only a valid plan)', async () => {
    const s = await placeablePerson();
    expect((await erik.post(`/api/consents/${s.consentId}/revoke`, {})).status).toBe(200);
    const res = await place(erik, s.personId, split([ids.exempelby, 70], [ids.region, 30]));
    expect(res.status).toBe(422);
    expect(res.body.missing).toEqual(['sip']);
  });

  it('places with an active SIP with the region and a settled split; the region keeps health care', async () => {
    const s = await placeablePerson();
    const res = await place(erik, s.personId, split([ids.exempelby, 70], [ids.region, 30]));
    expect(res.status).toBe(201);
    expect(res.body).toMatchObject({
      kind: 'hvb',
      status: 'planned',
      personId: s.personId,
      sipId: s.sipId,
      placingOrganisationId: ids.exempelby,
      providerOrganisationId: ids.solgarden,
      healthCareOrganisationId: ids.region,
      laroUnitId: ids.beroendecentrum,
      plannedStart: '2030-02-01',
    });
    expect(res.body.costSplit).toEqual([
      { organisationId: ids.exempelby, organisationName: 'Exempelby kommun', percent: 70 },
      { organisationId: ids.region, organisationName: 'Region Exempel', percent: 30 },
    ]);
    const last = (await logRowsFor(t.db, s.personId)).at(-1);
    expect(last).toMatchObject({ action: 'placement.create', outcome: 'allowed' });
    expect(JSON.parse(last!.detail!)).toMatchObject({ sipId: s.sipId, sipCoversPlacement: true });
  });

  it('is made by social services only (region 403), and 404 for a person not visible', async () => {
    const s = await placeablePerson();
    const body = split([ids.exempelby, 70], [ids.region, 30]);
    expect((await place(anna, s.personId, body)).status).toBe(403);
    expect((await place(nora, s.personId, body)).status).toBe(404);
    const bad = await erik.post(`/api/persons/${s.personId}/placements`, {
      kind: 'hvb',
      providerUnitId: ids.region,
      plannedStart: '2030-13-01',
      costSplit: [{ organisationId: ids.region, percent: 101 }],
    });
    expect(bad.status).toBe(400);
    expect(bad.body.errors.map((e: { path: string }) => e.path).sort()).toEqual([
      'costSplit[0].percent',
      'plannedStart',
    ]);
  });
});

describe('during the placement', () => {
  it('medication changes wait on the LARO physician (worklist), reports go to the LARO unit, the LARO unit is invited to discharge', async () => {
    const s = await placeablePerson();
    const placed = await place(erik, s.personId, split([ids.exempelby, 70], [ids.region, 30]));
    const id = placed.body.id as string;

    const change = await erik.post(`/api/placements/${id}/medication-changes`, {
      description: 'HVB önskar sänkt dos metadon till 60 mg.',
    });
    expect(change.status).toBe(200);
    const event = change.body.events.at(-1);
    expect(event).toMatchObject({ kind: 'medication-change', confirmedAt: null });
    expect(event.recipientUnitIds).toEqual([ids.beroendecentrum]);

    // The LARO physician has it on her worklist.
    const list = await anna.get('/api/worklist');
    const item = list.body.handOvers.find(
      (i: { kind: string; recordId: string }) =>
        i.kind === 'medication-change-to-confirm' && i.recordId === id,
    );
    expect(item).toMatchObject({ personId: s.personId });
    // Only she confirms.
    expect(
      (await erik.post(`/api/placements/${id}/medication-changes/${event.id}/confirm`, {})).status,
    ).toBe(403);
    const confirmed = await anna.post(
      `/api/placements/${id}/medication-changes/${event.id}/confirm`,
      {},
    );
    expect(confirmed.status).toBe(200);
    expect(confirmed.body.events.at(-1)).toMatchObject({ confirmedByName: 'Anna Läkare' });
    const after = await anna.get('/api/worklist');
    expect(after.body.handOvers.filter((i: { recordId: string }) => i.recordId === id)).toEqual([]);

    const report = await erik.post(`/api/placements/${id}/follow-up-reports`, {
      text: 'Stabil, deltar i gruppverksamhet.',
    });
    expect(report.body.events.at(-1)).toMatchObject({
      kind: 'follow-up-report',
      recipientUnitNames: ['Beroendecentrum'],
    });
    // The LARO unit reads the report on the placement.
    const seen = await anna.get(`/api/placements/${id}`);
    expect(seen.status).toBe(200);
    expect(seen.body.events.map((e: { kind: string }) => e.kind)).toContain('follow-up-report');

    // Only the placing social services call the discharge meeting; the LARO unit is invited.
    expect(
      (
        await anna.post(`/api/placements/${id}/discharge-meeting`, {
          startsAt: '2030-05-01T09:00:00Z',
          place: 'Solgården',
        })
      ).status,
    ).toBe(403);
    const meeting = await erik.post(`/api/placements/${id}/discharge-meeting`, {
      startsAt: '2030-05-01T09:00:00Z',
      place: 'Solgården',
    });
    expect(meeting.status).toBe(200);
    expect(meeting.body.events.at(-1).recipientUnitIds.sort()).toEqual(
      [ids.beroendecentrum, placed.body.providerUnitId].sort(),
    );
    const ended = await erik.post(`/api/placements/${id}/end`, {
      endedOn: '2030-05-02',
      outcome: 'Utskriven enligt plan till eget boende.',
    });
    expect(ended.body).toMatchObject({ status: 'ended', endedOn: '2030-05-02' });
    expect(
      (await erik.post(`/api/placements/${id}/follow-up-reports`, { text: 'Sent.' })).status,
    ).toBe(409);

    const actions = (await logRowsFor(t.db, s.personId)).map((r) => r.action);
    for (const a of [
      'placement.create',
      'placement.medication-change',
      'placement.worklist',
      'placement.medication-confirm',
      'placement.follow-up-report',
      'placement.read',
      'placement.discharge-meeting',
      'placement.end',
    ]) {
      expect(actions).toContain(a);
    }
  });
});

describe('medication-dependence hand-over, primary care → specialist care', () => {
  it('is refused without a SIP, and goes to the receiving unit’s worklist with one', async () => {
    const p = await registerPerson(vera);
    const body = { kind: 'medication-dependence', toUnitId: ids.beroendecentrum };
    const refused = await vera.post(`/api/persons/${p.id}/handovers`, body);
    expect(refused.status).toBe(422);
    expect(refused.body.missing).toEqual(['sip']);
    expect((await logRowsFor(t.db, p.id)).at(-1)).toMatchObject({
      action: 'handover.create',
      outcome: 'denied',
    });
    // Social services may not hand over region treatment.
    expect((await erik.post(`/api/persons/${p.id}/handovers`, body)).status).toBe(404);
  });

  it('hands over under an active SIP; the specialist unit accepts it', async () => {
    // A SIP the primary-care unit owns: it proposes, invites Exempelby and activates.
    const s = await sipAt(t, ids, vera, 'active', {
      otherOrganisation: ids.exempelby,
      otherUnit: ids.socExempelby,
      ownerUnit: ids.vardcentral,
    });
    const res = await vera.post(`/api/persons/${s.personId}/handovers`, {
      kind: 'medication-dependence',
      toUnitId: ids.beroendecentrum,
      note: 'Bensodiazepinberoende, nedtrappning i specialistvård.',
    });
    expect(res.status, JSON.stringify(res.body)).toBe(201);
    expect(res.body).toMatchObject({ sipId: s.sipId, acceptedAt: null });
    const list = await anna.get('/api/worklist');
    expect(
      list.body.handOvers.some(
        (i: { kind: string; recordId: string }) =>
          i.kind === 'handover-to-accept' && i.recordId === res.body.id,
      ),
    ).toBe(true);
    expect((await vera.post(`/api/handovers/${res.body.id}/accept`, {})).status).toBe(403);
    const accepted = await anna.post(`/api/handovers/${res.body.id}/accept`, {});
    expect(accepted.status).toBe(200);
    expect(accepted.body.acceptedAt).not.toBeNull();
    expect((await anna.post(`/api/handovers/${res.body.id}/accept`, {})).status).toBe(409);
  });
});
