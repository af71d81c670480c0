import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { demoIds, startTestApp, type TestApp, type TestClient } from '../../test/harness.ts';

/**
 * Administration of organisations and units (P1): validation, uniqueness of a unit's name
 * within its organisation, and an access-log row for every administrative write.
 */

const UNKNOWN_ID = '00000000-0000-4000-8000-000000000000';

let t: TestApp;
let ids: Awaited<ReturnType<typeof demoIds>>;
let admin: TestClient;

beforeAll(async () => {
  t = await startTestApp();
  ids = await demoIds(t.db);
  admin = await t.signIn('admin');
});
afterAll(async () => t?.close());

/** The administration rows of the access log for an action whose detail names `id`. */
async function adminRows(action: string, key: string, id: string) {
  const rows = await t.db
    .selectFrom('access_log')
    .selectAll()
    .where('action', '=', action)
    .orderBy('id')
    .execute();
  return rows.filter((r) => r.detail !== null && JSON.parse(r.detail)[key] === id);
}

function expectAdminRow(rows: Awaited<ReturnType<typeof adminRows>>, detail: object) {
  expect(rows).toEqual([
    expect.objectContaining({
      user_id: ids.user('admin'),
      unit_id: null,
      organisation_id: null,
      person_id: null,
      ground: 'administration',
      outcome: 'allowed',
      detail: JSON.stringify(detail),
    }),
  ]);
}

async function listed(organisationId: string) {
  const res = await admin.get('/api/organisations');
  return res.body.items.find((o: { id: string }) => o.id === organisationId);
}

async function organisationCount() {
  return (await t.db.selectFrom('organisation').select('id').execute()).length;
}

describe('GET /api/organisations', () => {
  it('lists the demo county with its units, to any signed-in user', async () => {
    const erik = await t.signIn('erik.socsek');
    const res = await erik.get('/api/organisations');
    expect(res.status).toBe(200);
    const region = res.body.items.find((o: { name: string }) => o.name === 'Region Exempel');
    expect(region).toEqual({
      id: ids.region,
      name: 'Region Exempel',
      kind: 'region',
      units: expect.arrayContaining([
        { id: ids.beroendecentrum, name: 'Beroendecentrum' },
        { id: ids.vardcentral, name: 'Vårdcentral Centrum' },
        { id: expect.any(String), name: 'Psykiatrimottagning' },
      ]),
    });
    expect(region.units).toHaveLength(3);
    const kinds = Object.fromEntries(
      res.body.items.map((o: { name: string; kind: string }) => [o.name, o.kind]),
    );
    expect(kinds).toMatchObject({
      'Exempelby kommun': 'municipality',
      'Norrby kommun': 'municipality',
      'HVB Solgården': 'private-provider',
    });
  });
});

describe('POST /api/organisations', () => {
  it('creates an organisation without units and logs it', async () => {
    const res = await admin.post('/api/organisations', {
      name: '  Södertuna kommun ',
      kind: 'municipality',
    });
    expect(res.status).toBe(201);
    expect(res.body).toEqual({
      id: expect.any(String),
      name: 'Södertuna kommun',
      kind: 'municipality',
      units: [],
    });
    expect(await listed(res.body.id)).toEqual(res.body);
    expectAdminRow(await adminRows('organisation.create', 'organisationId', res.body.id), {
      organisationId: res.body.id,
    });
  });

  it.each(['region', 'municipality', 'private-provider'])('accepts the kind %s', async (kind) => {
    const res = await admin.post('/api/organisations', { name: `Vårdgivare ${kind}`, kind });
    expect(res.status).toBe(201);
    expect(res.body.kind).toBe(kind);
  });

  it('answers 400 naming kind for an unknown kind, and creates nothing', async () => {
    const before = await organisationCount();
    for (const kind of ['landsting', 'Region', '', null]) {
      const res = await admin.post('/api/organisations', { name: 'Fel Sort AB', kind });
      expect(res.status).toBe(400);
      expect(res.headers['content-type']).toContain('application/problem+json');
      expect(res.body.errors.map((e: { path: string }) => e.path)).toEqual(['kind']);
    }
    const missing = await admin.post('/api/organisations', { name: 'Fel Sort AB' });
    expect(missing.body.errors.map((e: { path: string }) => e.path)).toEqual(['kind']);
    expect(await organisationCount()).toBe(before);
  });

  it('answers 400 naming name for an empty or blank name, and both fields together', async () => {
    const before = await organisationCount();
    for (const name of ['', '   ']) {
      const res = await admin.post('/api/organisations', { name, kind: 'region' });
      expect(res.status).toBe(400);
      expect(res.body.errors).toEqual([{ path: 'name', message: 'required' }]);
    }
    const both = await admin.post('/api/organisations', { name: '', kind: 'kommun' });
    expect(both.body.errors.map((e: { path: string }) => e.path).sort()).toEqual(['kind', 'name']);
    expect(await organisationCount()).toBe(before);
  });

  it('is refused to other roles, who create nothing', async () => {
    const before = await organisationCount();
    for (const username of ['erik.socsek', 'maja.chef', 'olle.analytiker']) {
      const client = await t.signIn(username);
      const res = await client.post('/api/organisations', { name: 'Obehörig AB', kind: 'region' });
      expect(res.status).toBe(403);
    }
    expect(await organisationCount()).toBe(before);
  });
});

describe('PATCH /api/organisations/:id', () => {
  it('renames an organisation, keeps its units, and logs it', async () => {
    const created = await admin.post('/api/organisations', {
      name: 'Västerby kommun',
      kind: 'municipality',
    });
    const unit = await admin.post(`/api/organisations/${created.body.id}/units`, {
      name: 'Socialtjänst Vuxen Västerby',
    });
    const res = await admin.patch(`/api/organisations/${created.body.id}`, {
      name: 'Västerby stad',
    });
    expect(res.status).toBe(200);
    expect(res.body).toEqual({
      id: created.body.id,
      name: 'Västerby stad',
      kind: 'municipality',
      units: [{ id: unit.body.id, name: 'Socialtjänst Vuxen Västerby' }],
    });
    expect((await listed(created.body.id)).name).toBe('Västerby stad');
    expectAdminRow(await adminRows('organisation.update', 'organisationId', created.body.id), {
      organisationId: created.body.id,
    });
  });

  it('shows a renamed organisation to its staff at their next request', async () => {
    const erik = await t.signIn('erik.socsek');
    expect(
      (await admin.patch(`/api/organisations/${ids.exempelby}`, { name: 'Exempelby stad' })).status,
    ).toBe(200);
    expect((await erik.get('/api/me')).body.organisation).toEqual({
      id: ids.exempelby,
      name: 'Exempelby stad',
      kind: 'municipality',
    });
    await admin.patch(`/api/organisations/${ids.exempelby}`, { name: 'Exempelby kommun' });
  });

  it('answers 404 for an unknown organisation, 400 for a blank name or a bad id', async () => {
    const unknown = await admin.patch(`/api/organisations/${UNKNOWN_ID}`, { name: 'Ingen' });
    expect(unknown.status).toBe(404);
    expect(await adminRows('organisation.update', 'organisationId', UNKNOWN_ID)).toEqual([]);
    const blank = await admin.patch(`/api/organisations/${ids.norrby}`, { name: ' ' });
    expect(blank.status).toBe(400);
    expect(blank.body.errors).toEqual([{ path: 'name', message: 'required' }]);
    const badId = await admin.patch('/api/organisations/norrby', { name: 'Norrby' });
    expect(badId.status).toBe(400);
    expect(badId.body.errors[0].path).toBe('id');
    expect((await listed(ids.norrby)).name).toBe('Norrby kommun');
  });
});

describe('POST /api/organisations/:id/units', () => {
  it('creates a unit under the organisation and logs it', async () => {
    const res = await admin.post(`/api/organisations/${ids.norrby}/units`, {
      name: ' Mottagning Beroende Norrby ',
    });
    expect(res.status).toBe(201);
    expect(res.body).toEqual({ id: expect.any(String), name: 'Mottagning Beroende Norrby' });
    expect((await listed(ids.norrby)).units).toContainEqual(res.body);
    const row = await t.db
      .selectFrom('unit')
      .select('organisation_id')
      .where('id', '=', res.body.id)
      .executeTakeFirstOrThrow();
    expect(row.organisation_id).toBe(ids.norrby);
    expectAdminRow(await adminRows('unit.create', 'unitId', res.body.id), { unitId: res.body.id });
  });

  it('answers 409 for a name the organisation already has, but allows it elsewhere', async () => {
    const duplicate = await admin.post(`/api/organisations/${ids.region}/units`, {
      name: 'Beroendecentrum',
    });
    expect(duplicate.status).toBe(409);
    expect(duplicate.body).toMatchObject({
      status: 409,
      detail: 'The organisation already has a unit with that name.',
    });
    expect((await listed(ids.region)).units).toHaveLength(3);

    const elsewhere = await admin.post(`/api/organisations/${ids.solgarden}/units`, {
      name: 'Beroendecentrum',
    });
    expect(elsewhere.status).toBe(201);
  });

  it('answers 404 for an unknown organisation and 400 for a blank name', async () => {
    const unknown = await admin.post(`/api/organisations/${UNKNOWN_ID}/units`, { name: 'Enhet' });
    expect(unknown.status).toBe(404);
    expect(unknown.body).toMatchObject({ status: 404, detail: 'No such resource.' });
    const units = await t.db.selectFrom('unit').select('id').where('name', '=', 'Enhet').execute();
    expect(units).toEqual([]);

    const blank = await admin.post(`/api/organisations/${ids.norrby}/units`, { name: '' });
    expect(blank.status).toBe(400);
    expect(blank.body.errors).toEqual([{ path: 'name', message: 'required' }]);
  });

  it('is refused to a unit manager', async () => {
    const maja = await t.signIn('maja.chef');
    const res = await maja.post(`/api/organisations/${ids.region}/units`, { name: 'Majas enhet' });
    expect(res.status).toBe(403);
    expect((await listed(ids.region)).units).not.toContainEqual(
      expect.objectContaining({ name: 'Majas enhet' }),
    );
  });
});

describe('PATCH /api/units/:id', () => {
  it('renames a unit, logs it, and the unit’s staff see the new name at once', async () => {
    const vera = await t.signIn('vera.vardcentral');
    const res = await admin.patch(`/api/units/${ids.vardcentral}`, {
      name: 'Vårdcentral Centrum Norra',
    });
    expect(res.status).toBe(200);
    expect(res.body).toEqual({ id: ids.vardcentral, name: 'Vårdcentral Centrum Norra' });
    expect((await listed(ids.region)).units).toContainEqual(res.body);
    expect((await vera.get('/api/me')).body.unit).toEqual(res.body);
    expectAdminRow(await adminRows('unit.update', 'unitId', ids.vardcentral), {
      unitId: ids.vardcentral,
    });
  });

  it('answers 409 when a sibling unit has the name, 404 for an unknown unit', async () => {
    const clash = await admin.patch(`/api/units/${ids.beroendecentrum}`, {
      name: 'Psykiatrimottagning',
    });
    expect(clash.status).toBe(409);
    const stored = await t.db
      .selectFrom('unit')
      .select('name')
      .where('id', '=', ids.beroendecentrum)
      .executeTakeFirstOrThrow();
    expect(stored.name).toBe('Beroendecentrum');
    expect(await adminRows('unit.update', 'unitId', ids.beroendecentrum)).toEqual([]);

    // The same name as a unit of another organisation is fine.
    const other = await admin.patch(`/api/units/${ids.socNorrby}`, {
      name: 'Socialtjänst Vuxen Exempelby',
    });
    expect(other.status).toBe(200);

    const unknown = await admin.patch(`/api/units/${UNKNOWN_ID}`, { name: 'Ingen enhet' });
    expect(unknown.status).toBe(404);
  });
});
