import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { luhnCheckDigit } from '@vardflata/domain';
import {
  demoIds,
  logRowsFor,
  newIdentityNumber,
  startTestApp,
  type TestApp,
  type TestClient,
} from '../../test/harness.ts';

/** Interventions (F5) as records of their own: shape, access, consent, log rows, worklist. */
let t: TestApp;
let ids: Awaited<ReturnType<typeof demoIds>>;
let erik: TestClient;
let anna: TestClient;

beforeAll(async () => {
  t = await startTestApp();
  ids = await demoIds(t.db);
  erik = await t.signIn('erik.socsek');
  anna = await t.signIn('anna.lakare');
});
afterAll(async () => t?.close());

async function register(client: TestClient, number = newIdentityNumber(luhnCheckDigit)) {
  const res = await client.post('/api/persons', {
    personalIdentityNumber: number,
    givenName: 'Insats',
    familyName: 'Personsson',
    sex: 'male',
  });
  expect(res.status).toBe(201);
  return { id: res.body.id as string, number };
}

const treatment = {
  category: 'psychosocial-treatment',
  method: 'relapse-prevention',
  setting: 'group',
  legalForm: 'voluntary',
  responsible: { name: 'Erik Socialsekreterare' },
  decision: { reference: 'SN 2026/114', decidedOn: '2026-01-12' },
  startOn: '2026-01-15',
  plannedEndOn: '2999-06-30',
};

describe('recording an intervention', () => {
  it('keeps psychosocial treatment apart from support, and the medical kinds take no method', async () => {
    const p = await register(erik);
    const created = await erik.post(`/api/persons/${p.id}/interventions`, treatment);
    expect(created.status, JSON.stringify(created.body)).toBe(201);
    expect(created.body).toMatchObject({
      personId: p.id,
      organisationId: ids.exempelby,
      unitId: ids.socExempelby,
      unitName: 'Socialtjänst Vuxen Exempelby',
      category: 'psychosocial-treatment',
      method: 'relapse-prevention',
      setting: 'group',
      legalForm: 'voluntary',
      decision: { reference: 'SN 2026/114', decidedOn: '2026-01-12' },
      status: 'ongoing',
      endOn: null,
      outcome: null,
      mayEdit: true,
    });
    const housingAsTreatment = await erik.post(`/api/persons/${p.id}/interventions`, {
      ...treatment,
      method: 'housing',
    });
    expect(housingAsTreatment.status).toBe(400);
    expect(housingAsTreatment.body.errors).toEqual([expect.objectContaining({ path: 'method' })]);
    const cbtAsSupport = await erik.post(`/api/persons/${p.id}/interventions`, {
      ...treatment,
      category: 'psychosocial-support',
      method: 'cbt',
    });
    expect(cbtAsSupport.status).toBe(400);
    const support = await erik.post(`/api/persons/${p.id}/interventions`, {
      ...treatment,
      category: 'psychosocial-support',
      method: 'housing',
      setting: 'individual',
    });
    expect(support.status).toBe(201);
    const laroWithMethod = await anna.post(
      `/api/persons/${(await register(anna)).id}/interventions`,
      {
        ...treatment,
        category: 'laro',
        method: 'mi',
      },
    );
    expect(laroWithMethod.status).toBe(400);
    expect(laroWithMethod.body.errors).toEqual([expect.objectContaining({ path: 'method' })]);
    const noMethod = await erik.post(`/api/persons/${p.id}/interventions`, {
      ...treatment,
      method: undefined,
    });
    expect(noMethod.status).toBe(400);
  });

  it('refuses a unit of another organisation with 422 naming unitId', async () => {
    const p = await register(erik);
    const res = await erik.post(`/api/persons/${p.id}/interventions`, {
      ...treatment,
      unitId: ids.beroendecentrum,
    });
    expect(res.status).toBe(422);
    expect(res.body.errors).toEqual([expect.objectContaining({ path: 'unitId' })]);
  });

  it('records LARO under the region with an LVM legal form, visible to the region only', async () => {
    const p = await register(anna);
    const res = await anna.post(`/api/persons/${p.id}/interventions`, {
      category: 'laro',
      setting: 'individual',
      legalForm: 'lvm',
      responsible: { staffId: ids.user('anna.lakare'), name: 'Anna Läkare' },
      startOn: '2026-02-01',
    });
    expect(res.status).toBe(201);
    expect(res.body).toMatchObject({ organisationKind: 'region', method: null, legalForm: 'lvm' });
    expect((await erik.get(`/api/interventions/${res.body.id}`)).status).toBe(404);
  });
});

describe('who sees an intervention', () => {
  it('crosses the line between the principals only under an information-sharing consent', async () => {
    const p = await register(erik);
    const own = (await erik.post(`/api/persons/${p.id}/interventions`, treatment)).body;
    // The region has no care relation: the person, the list and the record are 404.
    expect((await anna.get(`/api/persons/${p.id}/interventions`)).status).toBe(404);
    expect((await anna.get(`/api/interventions/${own.id}`)).status).toBe(404);
    // With a care relation of its own, the region sees the person, not the municipality's record.
    await register(anna, p.number);
    expect((await anna.get(`/api/persons/${p.id}/interventions`)).body.items).toEqual([]);
    expect((await anna.get(`/api/interventions/${own.id}`)).status).toBe(404);
    // Under consent it sees it, and may not change it.
    const consent = await erik.post(`/api/persons/${p.id}/consents`, {
      purpose: 'information-sharing',
      recipientOrganisationIds: [ids.region],
      form: 'written',
    });
    expect(consent.status).toBe(201);
    const seen = await anna.get(`/api/persons/${p.id}/interventions`);
    expect(seen.body.items).toEqual([expect.objectContaining({ id: own.id, mayEdit: false })]);
    const end = await anna.post(`/api/interventions/${own.id}/end`, {
      endOn: '2026-03-01',
      outcome: 'goals-met',
    });
    expect(end.status).toBe(403);
    // Revoked: gone on the very next request.
    expect((await erik.post(`/api/consents/${consent.body.id}/revoke`, {})).status).toBe(200);
    expect((await anna.get(`/api/interventions/${own.id}`)).status).toBe(404);

    const rows = await logRowsFor(t.db, p.id);
    const annas = rows.filter((r) => r.user_id === ids.user('anna.lakare'));
    expect(
      annas.map((r) => [r.action, r.ground, r.outcome]).filter(([a]) => a !== 'person.register'),
    ).toEqual([
      ['intervention.list', 'none', 'denied'],
      ['intervention.read', 'none', 'denied'],
      ['intervention.list', 'care-relation', 'allowed'],
      ['intervention.read', 'none', 'denied'],
      ['intervention.list', 'consent', 'allowed'],
      ['intervention.end', 'consent', 'denied'],
      ['intervention.read', 'none', 'denied'],
    ]);
    expect(rows).toContainEqual(
      expect.objectContaining({
        action: 'intervention.create',
        user_id: ids.user('erik.socsek'),
        ground: 'care-relation',
        outcome: 'allowed',
      }),
    );
  });
});

describe('ending an intervention and the worklist', () => {
  it('shows an intervention past its planned end on the unit’s worklist until the outcome is in', async () => {
    const p = await register(erik);
    const late = (
      await erik.post(`/api/persons/${p.id}/interventions`, {
        ...treatment,
        startOn: '2020-01-10',
        plannedEndOn: '2020-04-10',
      })
    ).body;
    const notYet = (await erik.post(`/api/persons/${p.id}/interventions`, treatment)).body;
    let list = await erik.get('/api/care-chain/worklist');
    expect(list.status).toBe(200);
    const mine = (list.body.items as { recordId: string; kind: string; days: number }[]).filter(
      (i) =>
        (i.recordId === late.id || i.recordId === notYet.id) &&
        i.kind === 'intervention-outcome-missing',
    );
    expect(mine).toEqual([
      expect.objectContaining({
        kind: 'intervention-outcome-missing',
        recordId: late.id,
        personId: p.id,
        dueOn: '2020-04-10',
        person: expect.objectContaining({ givenName: 'Insats' }),
      }),
    ]);
    expect(mine[0]!.days).toBeLessThan(0);
    // Another unit's worklist does not show it.
    const anna2 = (await anna.get('/api/care-chain/worklist')).body.items as { recordId: string }[];
    expect(anna2.map((i) => i.recordId)).not.toContain(late.id);

    const before = await erik.post(`/api/interventions/${late.id}/end`, {
      endOn: '2019-12-31',
      outcome: 'goals-met',
    });
    expect(before.status).toBe(422);
    const ended = await erik.post(`/api/interventions/${late.id}/end`, {
      endOn: '2020-05-02',
      outcome: 'partly-met',
      outcomeNote: 'Fullföljde 8 av 10 träffar.',
    });
    expect(ended.status).toBe(200);
    expect(ended.body).toMatchObject({
      status: 'ended',
      outcome: 'partly-met',
      endOn: '2020-05-02',
    });
    const again = await erik.post(`/api/interventions/${late.id}/end`, {
      endOn: '2020-05-03',
      outcome: 'goals-met',
    });
    expect(again.status).toBe(422);
    list = await erik.get('/api/care-chain/worklist');
    expect((list.body.items as { recordId: string }[]).map((i) => i.recordId)).not.toContain(
      late.id,
    );
    const actions = (await logRowsFor(t.db, p.id)).map((r) => r.action);
    expect(actions).toContain('care-worklist.read');
    expect(actions.filter((a) => a === 'intervention.end')).toHaveLength(3);
  });

  it('lets a SIP’s intervention line link to the intervention record', async () => {
    const sip = await t.db
      .selectFrom('sip')
      .select(['id', 'person_id'])
      .where('status', '=', 'proposed')
      .where('unit_id', '=', ids.socExempelby)
      .executeTakeFirst();
    expect(sip).toBeDefined();
    const record = (await erik.post(`/api/persons/${sip!.person_id}/interventions`, treatment))
      .body;
    const current = await erik.get(`/api/sips/${sip!.id}`);
    expect(current.status).toBe(200);
    const plan = current.body.plan;
    const saved = await erik.request('PUT', `/api/sips/${sip!.id}/plan`, {
      basedOnVersion: current.body.planVersion,
      plan: {
        ...plan,
        interventions: [
          {
            id: 'rec1',
            description: 'Återfallsprevention i grupp',
            principal: 'municipality',
            organisationId: ids.exempelby,
            unitId: ids.socExempelby,
            goalIds: [],
            interventionRecordId: record.id,
          },
        ],
      },
    });
    expect(saved.status, JSON.stringify(saved.body)).toBe(200);
    expect(saved.body.plan.interventions[0].interventionRecordId).toBe(record.id);
  });
});

describe('the demo county’s interventions', () => {
  it('has planned, ongoing and ended ones, treatment and support, and one on the worklist', async () => {
    const rows = await t.db
      .selectFrom('intervention')
      .selectAll()
      .where('recorded_by', 'in', [ids.user('anna.lakare'), ids.user('nora.socsek')])
      .union(
        t.db
          .selectFrom('intervention')
          .selectAll()
          .where('responsible_name', '=', 'Sara Samordnare'),
      )
      .execute();
    const categories = new Set(rows.map((r) => r.category));
    // At least these four (the follow-up figures' demo adds more kinds, e.g. medication).
    expect([...categories]).toEqual(
      expect.arrayContaining([
        'laro',
        'withdrawal-inpatient',
        'psychosocial-treatment',
        'psychosocial-support',
      ]),
    );
    expect(rows.some((r) => r.outcome !== null)).toBe(true);
    const items = (await erik.get('/api/care-chain/worklist')).body.items as { kind: string }[];
    expect(items.some((i) => i.kind === 'intervention-outcome-missing')).toBe(true);
    const pending = await (await t.signIn('sara.samordnare')).get('/api/care-chain/worklist');
    expect(pending.status).toBe(200);
  });
});
