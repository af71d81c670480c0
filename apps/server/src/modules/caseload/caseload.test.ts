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

/** The start page's persons: the unit's care relations, and the SIPs the caller coordinates. */
let t: TestApp;
let ids: Awaited<ReturnType<typeof demoIds>>;
let erik: TestClient;
let nora: TestClient;

type Item = {
  id: string;
  givenName: string | null;
  relationOpenedAt: string | null;
  coordinatedSips: { id: string; status: string }[];
};

const register = async (client: TestClient, extra: object = {}) => {
  const res = await client.post('/api/persons', {
    personalIdentityNumber: newIdentityNumber(luhnCheckDigit),
    givenName: 'Lista',
    familyName: 'Personsson',
    sex: 'female',
    ...extra,
  });
  expect(res.status).toBe(201);
  return res.body.id as string;
};

beforeAll(async () => {
  t = await startTestApp();
  ids = await demoIds(t.db);
  erik = await t.signIn('erik.socsek');
  nora = await t.signIn('nora.socsek');
});
afterAll(async () => t?.close());

describe('GET /api/caseload', () => {
  it('lists the persons of the caller’s unit, newest relation first, each a logged read', async () => {
    const first = await register(erik);
    const second = await register(erik, { protectedIdentity: true });
    const res = await erik.get('/api/caseload?limit=500');
    expect(res.status).toBe(200);
    const items = res.body.items as Item[];
    // Erik coordinates some of the demo county's SIPs: those persons come first.
    const coordinated = items.filter((i) => i.coordinatedSips.length > 0).length;
    expect(items.slice(0, coordinated).every((i) => i.coordinatedSips.length > 0)).toBe(true);
    const unitOnly = items.slice(coordinated);
    expect(unitOnly.slice(0, 2).map((i) => i.id)).toEqual([second, first]);
    expect(unitOnly[0]).toMatchObject({
      givenName: null,
      familyName: null,
      protectedIdentity: true,
    });
    expect(unitOnly[1]).toMatchObject({ givenName: 'Lista', coordinatedSips: [] });
    expect(unitOnly[1]!.relationOpenedAt).not.toBeNull();
    // Exactly the unit's open relations: the demo county's Exempelby persons and these two.
    const open = await t.db
      .selectFrom('care_relation')
      .select('person_id')
      .where('unit_id', '=', ids.socExempelby)
      .where('closed_at', 'is', null)
      .execute();
    expect(new Set(items.map((i) => i.id))).toEqual(new Set(open.map((r) => r.person_id)));
    expect(res.body.total).toBe(open.length);
    for (const personId of [first, second]) {
      expect((await logRowsFor(t.db, personId)).at(-1)).toMatchObject({
        action: 'person.list',
        ground: 'care-relation',
        user_id: ids.user('erik.socsek'),
      });
    }
  });

  it('never lists another unit’s persons', async () => {
    const norrbys = await register(nora);
    const items = (await erik.get('/api/caseload?limit=500')).body.items as Item[];
    expect(items.some((i) => i.id === norrbys)).toBe(false);
    expect(
      (await logRowsFor(t.db, norrbys)).some((r) => r.user_id === ids.user('erik.socsek')),
    ).toBe(false);
  });

  it('puts first the persons whose SIP the caller coordinates', async () => {
    const sara = await t.signIn('sara.samordnare');
    const personId = await register(erik);
    const sip = await erik.post(`/api/persons/${personId}/sips`, {});
    expect(sip.status).toBe(201);
    const plan = { ...sip.body.plan, coordinator: { staffId: ids.user('sara.samordnare') } };
    const saved = await erik.request('PUT', `/api/sips/${sip.body.id}/plan`, {
      basedOnVersion: sip.body.planVersion,
      plan,
    });
    expect(saved.status, JSON.stringify(saved.body)).toBe(200);
    const res = await sara.get('/api/caseload?limit=3');
    const items = res.body.items as Item[];
    expect(items).toHaveLength(3);
    expect(items[0]).toMatchObject({
      id: personId,
      coordinatedSips: [{ id: sip.body.id, status: 'proposed' }],
    });
    expect(items[0]!.relationOpenedAt).not.toBeNull();
    expect(res.body.total).toBeGreaterThan(3);
  });

  it('is for roles that read persons', async () => {
    expect((await (await t.signIn('olle.analytiker')).get('/api/caseload')).status).toBe(403);
    expect((await (await t.signIn('admin')).get('/api/caseload')).status).toBe(403);
    expect((await (await t.signIn('maja.chef')).get('/api/caseload')).status).toBe(200);
    expect((await erik.get('/api/caseload?limit=0')).status).toBe(400);
  });
});
