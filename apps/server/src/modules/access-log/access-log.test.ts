import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { isAccessAction, luhnCheckDigit } from '@vardflata/domain';
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

const register = async (client: TestClient, pin: string, extra: object = {}) => {
  const res = await client.post('/api/persons', {
    personalIdentityNumber: pin,
    givenName: 'Granskad',
    familyName: 'Loggsson',
    sex: 'male',
    ...extra,
  });
  expect(res.status).toBe(201);
  return res.body.id as string;
};

beforeAll(async () => {
  t = await startTestApp();
  ids = await demoIds(t.db);
  maja = await t.signIn('maja.chef');
  anna = await t.signIn('anna.lakare');
  erik = await t.signIn('erik.socsek');
  number = newIdentityNumber(luhnCheckDigit);
  personId = await register(anna, number);
  await register(erik, number);
  await anna.get(`/api/persons/${personId}`);
  await erik.get(`/api/persons/${personId}`);
});
afterAll(async () => t?.close());

type Row = {
  action: string;
  organisationId: string;
  outcome: string;
  userId: string;
  personName: string | null;
  personIdentityNumber: string | null;
  personProtectedIdentity: boolean;
};

describe('GET /api/access-log', () => {
  it('shows the manager’s organisation’s accesses to a person: who, where, the person by name and number', async () => {
    const res = await maja.get(`/api/access-log?personId=${personId}`);
    expect(res.status).toBe(200);
    expect(res.body.total).toBe(2);
    expect(res.body.items.map((r: Row) => r.action)).toEqual(['person.read', 'person.register']);
    expect(res.body.items[0]).toMatchObject({
      userId: ids.user('anna.lakare'),
      userName: 'Anna Läkare',
      unitName: 'Beroendecentrum',
      organisationId: ids.region,
      personId,
      personIdentityNumber: number,
      personName: 'Granskad Loggsson',
      personProtectedIdentity: false,
      ground: 'care-relation',
      outcome: 'allowed',
    });
    // The person filtered on, for the heading of the review.
    expect(res.body.person).toEqual({
      id: personId,
      personalIdentityNumber: number,
      name: 'Granskad Loggsson',
      protectedIdentity: false,
    });
    // The municipality's reads are not the region manager's to review.
    expect(res.body.items.some((r: Row) => r.organisationId === ids.exempelby)).toBe(false);
  });

  it('hides the name of a person with protected identity from a reviewer not authorised to see it', async () => {
    const hidden = await register(anna, newIdentityNumber(luhnCheckDigit), {
      protectedIdentity: true,
    });
    const res = await maja.get(`/api/access-log?personId=${hidden}`);
    expect(res.body.items).toHaveLength(1);
    expect(res.body.items[0]).toMatchObject({ personName: null, personProtectedIdentity: true });
    expect(res.body.items[0].personIdentityNumber).toMatch(/^\d{12}$/);
    expect(res.body.person).toMatchObject({ name: null, protectedIdentity: true });
    expect(JSON.stringify(res.body)).not.toContain('Loggsson');
  });

  it('names the person filtered on only when the organisation holds them', async () => {
    // Known to the region only through a care relation of maja's unit: named.
    const own = await register(anna, newIdentityNumber(luhnCheckDigit));
    const mine = await maja.get(`/api/access-log?personId=${own}`);
    expect(mine.body.person).toMatchObject({ id: own, name: 'Granskad Loggsson' });
    expect((await logRowsFor(t.db, own)).at(-1)).toMatchObject({
      action: 'access-log.read',
      ground: 'log-review',
      user_id: ids.user('maja.chef'),
    });
    // Known to the municipality only: a made-up filter reveals nothing, and reads nothing.
    const theirs = await register(erik, newIdentityNumber(luhnCheckDigit));
    const res = await maja.get(`/api/access-log?personId=${theirs}`);
    expect(res.body).toEqual({ items: [], total: 0, person: null });
    expect(JSON.stringify(res.body)).not.toContain('Loggsson');
    expect((await logRowsFor(t.db, theirs)).some((r) => r.user_id === ids.user('maja.chef'))).toBe(
      false,
    );
  });

  it('filters by user, ground, outcome and period, and pages', async () => {
    await anna.get('/api/persons/00000000-0000-4000-8000-000000000000');
    const denied = await maja.get(
      `/api/access-log?outcome=denied&userId=${ids.user('anna.lakare')}`,
    );
    expect(denied.body.items.length).toBeGreaterThanOrEqual(1);
    expect(denied.body.items.every((r: Row) => r.outcome === 'denied')).toBe(true);
    const future = await maja.get('/api/access-log?from=2099-01-01');
    expect(future.body).toEqual({ items: [], total: 0, person: null });
    const page = await maja.get('/api/access-log?limit=2&offset=1');
    expect(page.body.items).toHaveLength(2);
    expect(page.body.total).toBeGreaterThan(3);
    const bad = await maja.get('/api/access-log?ground=everything&limit=0&includeOwnReviews=ja');
    expect(bad.status).toBe(400);
    expect(bad.body.errors.map((e: { path: string }) => e.path).sort()).toEqual([
      'ground',
      'includeOwnReviews',
      'limit',
    ]);
  });

  it('draws a random sample of the asked size, leaving out the reviewer’s own log reviews', async () => {
    // Several reviews: each logs an access-log.read row by maja per person shown.
    for (let i = 0; i < 3; i++) await maja.get('/api/access-log?limit=50');
    const ownReviews = async (q: string) => {
      const page = await maja.get(`/api/access-log?userId=${ids.user('maja.chef')}&limit=1000${q}`);
      return (page.body.items as Row[]).filter((r) => r.action === 'access-log.read');
    };
    expect((await ownReviews('&includeOwnReviews=true')).length).toBeGreaterThan(0);
    expect(await ownReviews('')).toEqual([]);
    const sample = await maja.get('/api/access-log?sample=500');
    expect(sample.body.items.length).toBeGreaterThan(5);
    expect(
      sample.body.items.filter(
        (r: Row) => r.userId === ids.user('maja.chef') && r.action === 'access-log.read',
      ),
    ).toEqual([]);
    expect((await maja.get('/api/access-log?sample=5')).body.items).toHaveLength(5);
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

  it('writes only action codes that have words for the reviewer and the person', async () => {
    const actions = await t.db.selectFrom('access_log').select('action').distinct().execute();
    expect(actions.length).toBeGreaterThanOrEqual(5);
    expect(actions.map((a) => a.action).filter((a) => !isAccessAction(a))).toEqual([]);
  });
});

describe('recorded log reviews and when the next is due', () => {
  it('says a review is due before any is recorded, and when the next is due after one', async () => {
    const before = await maja.get('/api/access-log/review-status');
    expect(before.status).toBe(200);
    expect(before.body).toMatchObject({ intervalDays: 30, last: null, nextDueOn: null, due: true });

    const saved = await maja.post('/api/access-log/reviews', {
      kind: 'sample',
      rowsReviewed: 20,
      findings: 'none',
      note: 'Stickprov om 20 rader, inga avvikelser.',
    });
    expect(saved.status).toBe(201);
    expect(saved.body).toMatchObject({ byName: 'Maja Verksamhetschef', rowsReviewed: 20 });

    const after = await maja.get('/api/access-log/review-status');
    expect(after.body.due).toBe(false);
    expect(after.body.last).toMatchObject({ id: saved.body.id, findings: 'none' });
    const lastDay = new Intl.DateTimeFormat('sv-SE', { timeZone: 'Europe/Stockholm' }).format(
      new Date(saved.body.at),
    );
    const expectedDue = new Date(`${lastDay}T12:00:00Z`);
    expectedDue.setUTCDate(expectedDue.getUTCDate() + 30);
    expect(after.body.nextDueOn).toBe(expectedDue.toISOString().slice(0, 10));

    // Recording is logged, about no person.
    const logged = await t.db
      .selectFrom('access_log')
      .selectAll()
      .where('action', '=', 'access-log.review')
      .execute();
    expect(logged).toHaveLength(1);
    expect(logged[0]).toMatchObject({ person_id: null, ground: 'log-review' });
  });

  it('is due again once the last review is older than the interval', async () => {
    await t.db
      .updateTable('log_review')
      .set({ reviewed_at: new Date(Date.now() - 40 * 86_400_000) })
      .execute();
    const status = await maja.get('/api/access-log/review-status');
    expect(status.body.due).toBe(true);
  });

  it('names every bad field of a review record', async () => {
    const bad = await maja.post('/api/access-log/reviews', {
      kind: 'everything',
      rowsReviewed: -1,
      findings: 'maybe',
    });
    expect(bad.status).toBe(400);
    expect(bad.body.errors.map((e: { path: string }) => e.path).sort()).toEqual([
      'findings',
      'kind',
      'rowsReviewed',
    ]);
  });

  it('is for unit managers only', async () => {
    expect((await anna.get('/api/access-log/review-status')).status).toBe(403);
    expect(
      (
        await erik.post('/api/access-log/reviews', {
          kind: 'search',
          rowsReviewed: 1,
          findings: 'none',
        })
      ).status,
    ).toBe(403);
  });
});
