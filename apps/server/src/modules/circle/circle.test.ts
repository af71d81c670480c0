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

/** The person's circle (F1): children, adult relatives, support given, the children question. */
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
    givenName: 'Nätverk',
    familyName: 'Personsson',
    sex: 'female',
  });
  expect(res.status).toBe(201);
  return { id: res.body.id as string, number };
}

const child = {
  kind: 'child',
  name: 'Alva',
  relation: 'dotter',
  birthYear: 2017,
  contact: 'household',
};

describe('the circle', () => {
  it('records children with age and who informed them of what and when, and adult relatives with support', async () => {
    const p = await register(erik);
    const created = await erik.post(`/api/persons/${p.id}/circle/members`, child);
    expect(created.status, JSON.stringify(created.body)).toBe(201);
    expect(created.body).toMatchObject({
      kind: 'child',
      contact: 'household',
      supports: [],
      withoutSupport: true,
    });
    expect(created.body.age).toBeGreaterThanOrEqual(9);
    const noContact = await erik.post(`/api/persons/${p.id}/circle/members`, {
      ...child,
      contact: undefined,
    });
    expect(noContact.status).toBe(400);
    expect(noContact.body.errors).toEqual([expect.objectContaining({ path: 'contact' })]);
    const informed = await erik.post(`/api/circle-members/${created.body.id}/supports`, {
      kind: 'information',
      givenOn: '2026-03-02',
      givenBy: 'Erik Socialsekreterare',
      description: 'Samtal om pappas behandling, anpassat till åldern.',
    });
    expect(informed.status).toBe(201);
    expect(informed.body).toMatchObject({
      withoutSupport: false,
      supports: [expect.objectContaining({ kind: 'information', givenOn: '2026-03-02' })],
    });
    await erik.post(`/api/persons/${p.id}/circle/members`, {
      kind: 'adult',
      name: 'Kim',
      relation: 'partner',
    });
    const read = await erik.get(`/api/persons/${p.id}/circle`);
    expect(read.status).toBe(200);
    expect(read.body.members.map((m: { kind: string }) => m.kind).sort()).toEqual([
      'adult',
      'child',
    ]);
    const actions = (await logRowsFor(t.db, p.id)).map((r) => [r.action, r.ground]);
    expect(actions).toEqual(
      expect.arrayContaining([
        ['circle.write', 'care-relation'],
        ['circle.write', 'own-organisation'],
        ['circle.read', 'own-organisation'],
      ]),
    );
  });

  it('keeps the circle with the organisation that recorded it: other principal only under consent, never writing', async () => {
    const p = await register(erik);
    const m = (await erik.post(`/api/persons/${p.id}/circle/members`, child)).body;
    expect((await anna.get(`/api/persons/${p.id}/circle`)).status).toBe(404);
    await register(anna, p.number);
    expect((await anna.get(`/api/persons/${p.id}/circle`)).body.members).toEqual([]);
    const support = {
      kind: 'advice',
      givenOn: '2026-03-02',
      givenBy: 'Anna Läkare',
      description: 'Råd',
    };
    expect((await anna.post(`/api/circle-members/${m.id}/supports`, support)).status).toBe(404);
    await erik.post(`/api/persons/${p.id}/consents`, {
      purpose: 'information-sharing',
      recipientOrganisationIds: [ids.region],
      form: 'written',
    });
    expect((await anna.get(`/api/persons/${p.id}/circle`)).body.members).toHaveLength(1);
    expect((await anna.post(`/api/circle-members/${m.id}/supports`, support)).status).toBe(403);
  });
});

describe('the children-as-relatives question', () => {
  it('is asked where an intervention starts, and stays on the worklist until answered', async () => {
    const p = await register(erik);
    const body = {
      category: 'psychosocial-treatment',
      method: 'mi',
      setting: 'individual',
      legalForm: 'voluntary',
      responsible: { name: 'Erik' },
      startOn: '2026-01-10',
    };
    const asked = await erik.post(`/api/persons/${p.id}/interventions`, {
      ...body,
      childrenQuestion: 'children-identified',
    });
    expect(asked.status).toBe(201);
    const read = await erik.get(`/api/persons/${p.id}/circle`);
    expect(read.body.childrenQuestion).toMatchObject({
      answer: 'children-identified',
      context: 'intervention',
      recordId: asked.body.id,
      askedOn: '2026-01-10',
    });
    const items = async () =>
      (
        (await erik.get('/api/care-chain/worklist')).body.items as {
          kind: string;
          personId: string;
        }[]
      ).filter((i) => i.kind === 'children-question-open');

    const q = await register(erik);
    const notAsked = await erik.post(`/api/persons/${q.id}/interventions`, body);
    expect(notAsked.status).toBe(201);
    expect((await items()).map((i) => i.personId)).toContain(q.id);
    expect((await items()).map((i) => i.personId)).not.toContain(p.id);
    const answered = await erik.post(`/api/persons/${q.id}/children-question`, {
      answer: 'no-children',
      context: 'intervention',
      recordId: notAsked.body.id,
      askedOn: '2026-01-12',
    });
    expect(answered.status).toBe(201);
    expect((await items()).map((i) => i.personId)).not.toContain(q.id);
  });
});

describe('the children-as-relatives question on the SIP (issue 9.7)', () => {
  it('waits on the worklist for every active SIP of the unit until answered for that SIP', async () => {
    const sips = await t.db
      .selectFrom('sip as s')
      .innerJoin('staff as st', 'st.unit_id', 's.unit_id')
      .select(['s.id', 's.person_id'])
      .where('st.username', '=', 'erik.socsek')
      .where('s.status', '=', 'active')
      .orderBy('s.id')
      .execute();
    const answered = await t.db
      .selectFrom('children_question')
      .select('record_id')
      .where('context', '=', 'sip')
      .execute();
    const open = sips.filter((s) => !answered.some((a) => a.record_id === s.id));
    expect(open.length).toBeGreaterThan(0);
    const items = async () =>
      (
        (await erik.get('/api/care-chain/worklist')).body.items as {
          kind: string;
          recordId: string;
        }[]
      )
        .filter((i) => i.kind === 'sip-children-question-open')
        .map((i) => i.recordId);
    expect((await items()).sort()).toEqual(open.map((s) => s.id).sort());
    const sip = open[0]!;
    // An answer given elsewhere (an intervention) does not answer it for the SIP.
    await erik.post(`/api/persons/${sip.person_id}/children-question`, {
      answer: 'no-children',
      context: 'intervention',
      askedOn: '2026-01-12',
    });
    expect(await items()).toContain(sip.id);
    const res = await erik.post(`/api/persons/${sip.person_id}/children-question`, {
      answer: 'children-identified',
      context: 'sip',
      recordId: sip.id,
      askedOn: '2026-01-13',
    });
    expect(res.status).toBe(201);
    expect(await items()).not.toContain(sip.id);
    const rows = await logRowsFor(t.db, sip.person_id);
    expect(rows.some((r) => r.action === 'circle.write' && r.outcome === 'allowed')).toBe(true);
  });
});
