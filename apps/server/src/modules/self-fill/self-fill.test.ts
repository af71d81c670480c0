import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { luhnCheckDigit } from '@vardflata/domain';
import { DEMO_PASSWORD } from '../../db/seed/demo-county.ts';
import {
  demoIds,
  logRowsFor,
  newIdentityNumber,
  startTestApp,
  type TestApp,
  type TestClient,
} from '../../test/harness.ts';

/** Self-fill (självskattning): the session is locked until the staff member signs back in. */
let t: TestApp;
let ids: Awaited<ReturnType<typeof demoIds>>;
let personId: string;
let number: string;

const UUID = /[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/i;
const put = (c: TestClient, url: string, body: unknown) => c.request('PUT', url, body);

beforeAll(async () => {
  t = await startTestApp();
  ids = await demoIds(t.db);
  const erik = await t.signIn('erik.socsek');
  number = newIdentityNumber(luhnCheckDigit);
  personId = (
    await erik.post('/api/persons', {
      personalIdentityNumber: number,
      givenName: 'Själv',
      familyName: 'Fyllsson',
      sex: 'male',
    })
  ).body.id;
});
afterAll(async () => t?.close());

describe('self-fill', () => {
  it('locks the session: the person’s screen learns the questionnaire and nothing else', async () => {
    const erik = await t.signIn('erik.socsek');
    const started = await erik.post(`/api/persons/${personId}/self-fill`, { instrument: 'AUDIT' });
    expect(started.status).toBe(201);
    expect(started.body).toMatchObject({ active: true, instrument: 'AUDIT', answered: false });

    // Every ordinary route refuses the locked session.
    for (const url of [
      `/api/persons/${personId}`,
      '/api/me',
      '/api/worklist',
      '/api/persons?q=Fyll',
    ]) {
      expect((await erik.get(url)).status, url).toBe(401);
    }
    expect(
      (await erik.post(`/api/persons/${personId}/self-fill`, { instrument: 'DUDIT' })).status,
    ).toBe(401);
    // Nor can the account be changed from the locked screen.
    expect((await erik.post('/api/me/second-factor/enrol', {})).status).toBe(401);

    const state = await erik.get('/api/self-fill');
    expect(state.status).toBe(200);
    expect(state.body).toMatchObject({ active: true, instrument: 'AUDIT', answered: false });
    const text = JSON.stringify(state.body);
    expect(text).not.toMatch(UUID);
    expect(text).not.toMatch(/Själv|Fyllsson|\d{12}/);

    const rows = await logRowsFor(t.db, personId);
    expect(rows.at(-1)).toMatchObject({
      action: 'screening.self-fill-start',
      user_id: ids.user('erik.socsek'),
      ground: 'care-relation',
      outcome: 'allowed',
    });

    // The person's answers: every bad one named; then kept, logged.
    const wrongCount = await put(erik, '/api/self-fill/answers', { answers: [0, 1] });
    expect(wrongCount.status).toBe(400);
    expect(wrongCount.body.errors.map((e: { path: string }) => e.path)).toEqual(['answers']);
    const wrongOption = await put(erik, '/api/self-fill/answers', {
      answers: [0, 9, 1, null, 0, 0, 0, 0, 0, 7],
    });
    expect(wrongOption.status).toBe(400);
    expect(wrongOption.body.errors.map((e: { path: string }) => e.path)).toEqual([
      'answers[1]',
      'answers[9]',
    ]);
    const saved = await put(erik, '/api/self-fill/answers', {
      answers: [1, 0, 2, null, 0, 0, 0, 0, 0, 0],
    });
    expect(saved.status).toBe(200);
    expect(saved.body).toMatchObject({ active: true, answered: true });
    expect((await logRowsFor(t.db, personId)).at(-1)).toMatchObject({
      action: 'screening.self-fill-answers',
    });

    // A wrong password keeps the screen locked.
    const wrong = await erik.post('/api/self-fill/end', { password: 'not-the-password' });
    expect(wrong.status).toBe(403);
    expect(wrong.body.errors).toEqual([{ path: 'password', message: 'wrong password' }]);
    expect((await erik.get('/api/me')).status).toBe(401);
    expect((await erik.post('/api/self-fill/end', {})).status).toBe(400);

    // The staff member's password takes it back, with the person's answers.
    const ended = await erik.post('/api/self-fill/end', { password: DEMO_PASSWORD });
    expect(ended.status).toBe(200);
    expect(ended.body).toEqual({
      personId,
      instrument: 'AUDIT',
      answers: [1, 0, 2, null, 0, 0, 0, 0, 0, 0],
    });
    expect((await erik.get('/api/me')).status).toBe(200);
    expect((await erik.get('/api/self-fill')).body).toMatchObject({ active: false });
    expect((await logRowsFor(t.db, personId)).at(-1)).toMatchObject({
      action: 'screening.self-fill-end',
    });
    // Nothing of the answers is left behind.
    expect(await t.db.selectFrom('self_fill').selectAll().execute()).toEqual([]);
  });

  it('answers 409 to self-fill acts in a session that is not locked', async () => {
    const erik = await t.signIn('erik.socsek');
    expect((await erik.get('/api/self-fill')).body).toEqual({
      active: false,
      instrument: null,
      answered: false,
      startedAt: null,
    });
    expect((await put(erik, '/api/self-fill/answers', { answers: [] })).status).toBe(409);
    expect((await erik.post('/api/self-fill/end', { password: DEMO_PASSWORD })).status).toBe(409);
  });

  it('hands back no answers when the person did not press done', async () => {
    const erik = await t.signIn('erik.socsek');
    await erik.post(`/api/persons/${personId}/self-fill`, { instrument: 'DUDIT' });
    const ended = await erik.post('/api/self-fill/end', { password: DEMO_PASSWORD });
    expect(ended.body).toEqual({ personId, instrument: 'DUDIT', answers: null });
  });

  it('leaves nothing behind when the locked session is signed out', async () => {
    const erik = await t.signIn('erik.socsek');
    await erik.post(`/api/persons/${personId}/self-fill`, { instrument: 'AUDIT' });
    await put(erik, '/api/self-fill/answers', { answers: [0, 0, 0, 0, 0, 0, 0, 0, 0, 0] });
    expect((await erik.post('/api/auth/logout')).status).toBe(204);
    expect(await t.db.selectFrom('self_fill').selectAll().execute()).toEqual([]);
  });

  it('is 404 for a person the caller may not see, logged, and locks nothing', async () => {
    const anna = await t.signIn('anna.lakare');
    const res = await anna.post(`/api/persons/${personId}/self-fill`, { instrument: 'AUDIT' });
    expect(res.status).toBe(404);
    expect((await anna.get('/api/me')).status).toBe(200);
    const denied = (await logRowsFor(t.db, personId)).filter((r) => r.outcome === 'denied');
    expect(denied.at(-1)).toMatchObject({
      action: 'screening.self-fill-start',
      user_id: ids.user('anna.lakare'),
    });
  });

  it('is for roles that record screenings', async () => {
    const maja = await t.signIn('maja.chef');
    expect(
      (await maja.post(`/api/persons/${personId}/self-fill`, { instrument: 'AUDIT' })).status,
    ).toBe(403);
    expect((await maja.get('/api/me')).status).toBe(200);
    const erik = await t.signIn('erik.socsek');
    const bad = await erik.post(`/api/persons/${personId}/self-fill`, { instrument: 'ASI' });
    expect(bad.status).toBe(400);
    expect(bad.body.errors.map((e: { path: string }) => e.path)).toEqual(['instrument']);
  });

  it('throttles guessing at the staff member’s password like sign-in does', async () => {
    const sara = await t.signIn('sara.samordnare');
    // Sara sees the person once Exempelby (her unit) holds a relation: it does.
    expect(
      (await sara.post(`/api/persons/${personId}/self-fill`, { instrument: 'AUDIT' })).status,
    ).toBe(201);
    const statuses: number[] = [];
    for (let i = 0; i < 7; i++) {
      statuses.push((await sara.post('/api/self-fill/end', { password: `guess-${i}` })).status);
    }
    expect(statuses.slice(0, 5)).toEqual([403, 403, 403, 403, 403]);
    expect(statuses).toContain(429);
    expect((await sara.get('/api/me')).status).toBe(401);
  });
});
