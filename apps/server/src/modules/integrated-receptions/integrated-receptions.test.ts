import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { demoIds, startTestApp, type TestApp, type TestClient } from '../../test/harness.ts';

/**
 * Integrated receptions (seed 003): both principals' units as one team. Only administrators
 * shape them; a reception always has a unit of the region and one of a municipality, and a unit
 * is in at most one reception. Every change leaves an administration row in the access log.
 */

let t: TestApp;
let ids: Awaited<ReturnType<typeof demoIds>>;
let admin: TestClient;

beforeAll(async () => {
  t = await startTestApp();
  ids = await demoIds(t.db);
  admin = await t.signIn('admin');
});
afterAll(async () => t?.close());

const receptionCount = async () =>
  (await t.db.selectFrom('integrated_reception').select('id').execute()).length;

const logRows = (action: string) =>
  t.db.selectFrom('access_log').selectAll().where('action', '=', action).orderBy('id').execute();

describe('GET /api/integrated-receptions', () => {
  it("lists the demo county's reception with its units and their principals", async () => {
    const erik = await t.signIn('erik.socsek');
    const res = await erik.get('/api/integrated-receptions');
    expect(res.status).toBe(200);
    expect(res.body.items).toEqual([
      {
        id: ids.integratedReception,
        name: 'Socialmedicinsk mottagning Exempelby',
        units: [
          {
            id: ids.socExempelby,
            name: 'Socialtjänst Vuxen Exempelby',
            organisationId: ids.exempelby,
            organisationName: 'Exempelby kommun',
            organisationKind: 'municipality',
          },
          {
            id: ids.vardcentral,
            name: 'Vårdcentral Centrum',
            organisationId: ids.region,
            organisationName: 'Region Exempel',
            organisationKind: 'region',
          },
        ],
      },
    ]);
  });
});

describe('POST /api/integrated-receptions', () => {
  it('refuses a reception of one principal only, naming unitIds, and creates nothing', async () => {
    const before = await receptionCount();
    const res = await admin.post('/api/integrated-receptions', {
      name: 'Bara regionen',
      unitIds: [ids.beroendecentrum, (await psychiatry()).id],
    });
    expect(res.status).toBe(400);
    expect(res.body.errors).toEqual([
      {
        path: 'unitIds',
        message: 'needs at least one unit of the region and one of a municipality',
      },
    ]);
    expect(await receptionCount()).toBe(before);
  });

  it('refuses a unit already in another reception, and an unknown unit, each by its index', async () => {
    const res = await admin.post('/api/integrated-receptions', {
      name: 'Dubbel',
      unitIds: [ids.beroendecentrum, ids.socExempelby, '00000000-0000-4000-8000-000000000000'],
    });
    expect(res.status).toBe(400);
    expect(res.body.errors.map((e: { path: string }) => e.path)).toEqual([
      'unitIds[1]',
      'unitIds[2]',
    ]);
  });

  it('refuses a private provider: it is not a principal', async () => {
    const hvb = await t.db
      .selectFrom('unit')
      .select('id')
      .where('organisation_id', '=', ids.solgarden)
      .executeTakeFirstOrThrow();
    const res = await admin.post('/api/integrated-receptions', {
      name: 'Med HVB',
      unitIds: [ids.beroendecentrum, ids.socNorrby, hvb.id],
    });
    expect(res.status).toBe(400);
    expect(res.body.errors[0].message).toContain('private provider');
  });

  it('is refused (403) to anyone but an administrator, and the refusal is logged', async () => {
    const sara = await t.signIn('sara.samordnare');
    const res = await sara.post('/api/integrated-receptions', {
      name: 'Sara försöker',
      unitIds: [ids.beroendecentrum, ids.socNorrby],
    });
    expect(res.status).toBe(403);
    const denied = await t.db
      .selectFrom('access_log')
      .select(['outcome', 'user_id'])
      .where('user_id', '=', ids.user('sara.samordnare'))
      .where('outcome', '=', 'denied')
      .execute();
    expect(denied.length).toBeGreaterThan(0);
  });

  it('creates a reception of both principals and logs it', async () => {
    const res = await admin.post('/api/integrated-receptions', {
      name: '  Integrerad mottagning Norrby ',
      unitIds: [ids.beroendecentrum, ids.socNorrby],
    });
    expect(res.status).toBe(201);
    expect(res.body.name).toBe('Integrerad mottagning Norrby');
    expect(res.body.units.map((u: { id: string }) => u.id).sort()).toEqual(
      [ids.beroendecentrum, ids.socNorrby].sort(),
    );
    const rows = (await logRows('integrated-reception.create')).filter(
      (r) => JSON.parse(r.detail!).receptionId === res.body.id,
    );
    expect(rows).toEqual([
      expect.objectContaining({
        user_id: ids.user('admin'),
        person_id: null,
        ground: 'administration',
        outcome: 'allowed',
      }),
    ]);
  });
});

describe('PUT /api/integrated-receptions/:id', () => {
  it('renames and sets the units all or nothing: a bad unit list leaves the name as it was', async () => {
    const bad = await admin.request(
      'PUT',
      `/api/integrated-receptions/${ids.integratedReception}`,
      {
        name: 'Nytt namn',
        unitIds: [ids.vardcentral, (await psychiatry()).id],
      },
    );
    expect(bad.status).toBe(400);
    const row = await t.db
      .selectFrom('integrated_reception')
      .select('name')
      .where('id', '=', ids.integratedReception)
      .executeTakeFirstOrThrow();
    expect(row.name).toBe('Socialmedicinsk mottagning Exempelby');

    const psych = await psychiatry();
    const ok = await admin.request('PUT', `/api/integrated-receptions/${ids.integratedReception}`, {
      name: 'Socialmedicinsk mottagning Exempelby',
      unitIds: [ids.vardcentral, psych.id, ids.socExempelby],
    });
    expect(ok.status).toBe(200);
    expect(ok.body.units).toHaveLength(3);
    expect(await logRows('integrated-reception.update')).toHaveLength(1);
  });

  it('answers 404 for an unknown reception', async () => {
    const res = await admin.request(
      'PUT',
      '/api/integrated-receptions/00000000-0000-4000-8000-000000000000',
      {
        name: 'Ingen',
        unitIds: [ids.vardcentral, ids.socExempelby],
      },
    );
    expect(res.status).toBe(404);
  });
});

function psychiatry() {
  return t.db
    .selectFrom('unit')
    .select('id')
    .where('name', '=', 'Psykiatrimottagning')
    .executeTakeFirstOrThrow();
}
