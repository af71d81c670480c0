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

/** Log review (loggkontroll) for unit managers: their own organisation's accesses only. */
let t: TestApp;
let ids: Awaited<ReturnType<typeof demoIds>>;
let maja: TestClient;
let anna: TestClient;
let erik: TestClient;
let personId: string;
let number: string;

beforeAll(async () => {
  t = await startTestApp();
  ids = await demoIds(t.db);
  maja = await t.signIn('maja.chef');
  anna = await t.signIn('anna.lakare');
  erik = await t.signIn('erik.socsek');
  number = newIdentityNumber(luhnCheckDigit);
  const created = await anna.post('/api/persons', {
    personalIdentityNumber: number,
    givenName: 'Granskad',
    familyName: 'Loggsson',
    sex: 'male',
  });
  personId = created.body.id;
  await erik.post('/api/persons', {
    personalIdentityNumber: number,
    givenName: 'Granskad',
    familyName: 'Loggsson',
    sex: 'male',
  });
  await anna.get(`/api/persons/${personId}`);
  await erik.get(`/api/persons/${personId}`);
});
afterAll(async () => t?.close());

describe('GET /api/access-log', () => {
  it('shows the manager’s organisation’s accesses to a person, with who, where and the person', async () => {
    const res = await maja.get(`/api/access-log?personId=${personId}`);
    expect(res.status).toBe(200);
    expect(res.body.total).toBe(2);
    expect(res.body.items.map((r: { action: string }) => r.action)).toEqual([
      'person.read',
      'person.register',
    ]);
    expect(res.body.items[0]).toMatchObject({
      userId: ids.user('anna.lakare'),
      userName: 'Anna Läkare',
      unitName: 'Beroendecentrum',
      organisationId: ids.region,
      personId,
      personIdentityNumber: number,
      personName: 'Granskad Loggsson',
      ground: 'care-relation',
      outcome: 'allowed',
    });
    // The municipality's reads are not the region manager's to review.
    expect(
      res.body.items.some((r: { organisationId: string }) => r.organisationId === ids.exempelby),
    ).toBe(false);
  });

  it('filters by user, ground, outcome and period, and pages', async () => {
    await anna.get('/api/persons/00000000-0000-4000-8000-000000000000');
    const denied = await maja.get(
      `/api/access-log?outcome=denied&userId=${ids.user('anna.lakare')}`,
    );
    expect(denied.body.items.length).toBeGreaterThanOrEqual(1);
    expect(denied.body.items.every((r: { outcome: string }) => r.outcome === 'denied')).toBe(true);
    const future = await maja.get('/api/access-log?from=2099-01-01');
    expect(future.body).toEqual({ items: [], total: 0 });
    const page = await maja.get('/api/access-log?limit=2&offset=1');
    expect(page.body.items).toHaveLength(2);
    expect(page.body.total).toBeGreaterThan(3);
    const bad = await maja.get('/api/access-log?ground=everything&limit=0');
    expect(bad.status).toBe(400);
    expect(bad.body.errors.map((e: { path: string }) => e.path).sort()).toEqual([
      'ground',
      'limit',
    ]);
  });

  it('draws a random sample of the asked size', async () => {
    const res = await maja.get('/api/access-log?sample=5');
    expect(res.body.items).toHaveLength(5);
  });

  it('logs the review itself against each person shown', async () => {
    await maja.get(`/api/access-log?personId=${personId}`);
    const rows = await logRowsFor(t.db, personId);
    expect(rows.at(-1)).toMatchObject({
      action: 'access-log.read',
      ground: 'log-review',
      user_id: ids.user('maja.chef'),
    });
  });
});
