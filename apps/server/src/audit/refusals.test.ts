import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { luhnCheckDigit } from '@vardflata/domain';
import {
  demoIds,
  newIdentityNumber,
  startTestApp,
  type TestApp,
  type TestClient,
} from '../test/harness.ts';
import { isPersonDataRoute } from './refusals.ts';
import { verifyAccessLog } from './verify.ts';

/**
 * Refused attempts leave a log row (security fault 5): role refusals, the access-log review
 * and the emergency-access review as a social worker, someone else's notification, a missing
 * CSRF token — each answered 403 or 404 and logged `denied`, with the person when the request
 * names one.
 */
let t: TestApp;
let ids: Awaited<ReturnType<typeof demoIds>>;
let erik: TestClient;
let anna: TestClient;
let olle: TestClient;
let admin: TestClient;
let personId: string;
let personalIdentityNumber: string;

beforeAll(async () => {
  t = await startTestApp();
  ids = await demoIds(t.db);
  erik = await t.signIn('erik.socsek');
  anna = await t.signIn('anna.lakare');
  olle = await t.signIn('olle.analytiker');
  admin = await t.signIn('admin');
  personalIdentityNumber = newIdentityNumber(luhnCheckDigit);
  const registered = await erik.post('/api/persons', {
    personalIdentityNumber,
    givenName: 'Vägrad',
    familyName: 'Testsson',
    sex: 'female',
  });
  expect(registered.status).toBe(201);
  personId = registered.body.id;
});
afterAll(async () => t?.close());

async function lastLogId(): Promise<string> {
  const row = await t.db
    .selectFrom('access_log')
    .select('id')
    .orderBy('id', 'desc')
    .limit(1)
    .executeTakeFirst();
  return row?.id ?? '0';
}

/** The rows `username` added to the log after `since`. */
async function rowsSince(since: string, username: string) {
  return t.db
    .selectFrom('access_log')
    .selectAll()
    .where('id', '>', since)
    .where('user_id', '=', ids.user(username))
    .orderBy('id')
    .execute();
}

describe('refused attempts are logged', () => {
  it('logs an analyst refused a person (403) as denied, naming the person', async () => {
    const since = await lastLogId();
    const res = await olle.get(`/api/persons/${personId}`);
    expect(res.status).toBe(403);
    expect(await rowsSince(since, 'olle.analytiker')).toEqual([
      expect.objectContaining({
        person_id: personId,
        action: 'request.refused',
        ground: 'none',
        outcome: 'denied',
        detail: JSON.stringify({ route: 'GET /api/persons/:id', status: 403, id: personId }),
      }),
    ]);
  });

  it('logs an administrator refused a person route (403), naming the person', async () => {
    const since = await lastLogId();
    expect((await admin.get(`/api/persons/${personId}/consents`)).status).toBe(403);
    expect((await admin.get(`/api/persons/${personId}/screenings`)).status).toBe(403);
    const rows = await rowsSince(since, 'admin');
    expect(rows.map((r) => [r.person_id, r.outcome])).toEqual([
      [personId, 'denied'],
      [personId, 'denied'],
    ]);
  });

  it('logs a social worker refused the access-log review (403), without a person', async () => {
    const since = await lastLogId();
    expect((await erik.get('/api/access-log')).status).toBe(403);
    expect(await rowsSince(since, 'erik.socsek')).toEqual([
      expect.objectContaining({
        person_id: null,
        action: 'request.refused',
        outcome: 'denied',
        detail: JSON.stringify({ route: 'GET /api/access-log', status: 403 }),
      }),
    ]);
  });

  it('logs a social worker refused the review of an emergency access (403), naming its person', async () => {
    // Emergency access opens only a person health care holds: Vårdcentral Centrum registers her too.
    const vera = await t.signIn('vera.vardcentral');
    expect(
      (
        await vera.post('/api/persons', {
          personalIdentityNumber,
          givenName: 'Vägrad',
          familyName: 'Testsson',
          sex: 'female',
        })
      ).status,
    ).toBe(201);
    const opened = await anna.post('/api/emergency-access', {
      personalIdentityNumber,
      reason: 'Medvetslös på akuten, behöver läkemedelslistan.',
    });
    expect(opened.status).toBe(201);
    const since = await lastLogId();
    const res = await erik.post(`/api/emergency-access/${opened.body.id}/review`, {
      note: 'Försöker granska.',
    });
    expect(res.status).toBe(403);
    expect(await rowsSince(since, 'erik.socsek')).toEqual([
      expect.objectContaining({
        person_id: personId,
        action: 'request.refused',
        outcome: 'denied',
        detail: JSON.stringify({
          route: 'POST /api/emergency-access/:id/review',
          status: 403,
          id: opened.body.id,
        }),
      }),
    ]);
  });

  it('logs an attempt to open someone else’s notification (404), naming its person', async () => {
    const notification = await t.db
      .insertInto('notification')
      .values({
        staff_id: ids.user('anna.lakare'),
        kind: 'test',
        title: 'Uppföljning',
        body: 'Uppföljning snart.',
        person_id: personId,
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    const since = await lastLogId();
    const res = await erik.post(`/api/notifications/${notification.id}/read`);
    expect(res.status).toBe(404);
    expect(await rowsSince(since, 'erik.socsek')).toEqual([
      expect.objectContaining({ person_id: personId, outcome: 'denied' }),
    ]);
    const unread = await t.db
      .selectFrom('notification')
      .select('read_at')
      .where('id', '=', notification.id)
      .executeTakeFirstOrThrow();
    expect(unread.read_at).toBeNull();
  });

  it('logs a write refused for a missing CSRF token (403), naming the person', async () => {
    const since = await lastLogId();
    const res = await erik.post(
      `/api/persons/${personId}/consents`,
      { purpose: 'sip', recipientOrganisationIds: [ids.region], form: 'oral' },
      { csrf: false },
    );
    expect(res.status).toBe(403);
    expect(await rowsSince(since, 'erik.socsek')).toEqual([
      expect.objectContaining({ person_id: personId, outcome: 'denied' }),
    ]);
  });

  it('logs a refusal a service logged itself once, with the service’s action', async () => {
    const nora = await t.signIn('nora.socsek');
    const since = await lastLogId();
    // Nora's unit (another municipality) has no relation with the person: the service logs
    // person.read and answers 404.
    const res = await nora.get(`/api/persons/${personId}`);
    expect(res.status).toBe(404);
    expect(await rowsSince(since, 'nora.socsek')).toEqual([
      expect.objectContaining({ person_id: personId, action: 'person.read', outcome: 'denied' }),
    ]);
  });

  it('logs nothing for refusals on routes that hold no person data', async () => {
    const since = await lastLogId();
    expect((await erik.get('/api/staff')).status).toBe(403);
    expect(await rowsSince(since, 'erik.socsek')).toEqual([]);
  });

  it('keeps the chain intact', async () => {
    expect((await verifyAccessLog(t.db)).broken).toEqual([]);
  });
});

describe('person-data routes', () => {
  it('are every API route but sign-in, the own account, registers and documentation', () => {
    const person = t.routes.filter((r) => isPersonDataRoute(r.url)).map((r) => r.url);
    expect(person).toEqual(
      expect.arrayContaining([
        '/api/persons/:id',
        '/api/access-log',
        '/api/emergency-access/:id/review',
        '/api/notifications/:id/read',
        '/api/sips/:id',
        '/api/fhir/QuestionnaireResponse/:id',
      ]),
    );
    for (const route of ['/api/auth/login', '/api/me', '/api/staff', '/api/docs/json']) {
      expect(isPersonDataRoute(route), route).toBe(false);
    }
  });
});
