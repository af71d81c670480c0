import { createHash } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Caller } from '../access/caller.ts';
import { demoIds, startTestApp, type TestApp, type TestClient } from '../test/harness.ts';
import { SessionCache, sessionCache, type CachedSession } from './session-cache.ts';

/**
 * The second-long session cache (decision 0005): it saves the session lookup of a user's next
 * requests, and every change this process makes to a session or an account forgets it at once.
 */

const session = (staffId: string): CachedSession => ({
  caller: { staffId } as Caller,
  state: 'active',
  lastSeenAt: 0,
  expiresAt: 0,
});

describe('SessionCache', () => {
  it('keeps an entry for its time-to-live and not a millisecond longer', () => {
    let now = 10_000;
    const cache = new SessionCache(1000, () => now);
    cache.set('a', session('s1'), cache.mark());
    now += 999;
    expect(cache.get('a')?.caller.staffId).toBe('s1');
    now += 1;
    expect(cache.get('a')).toBeUndefined();
  });

  it('counts the time-to-live from before the read, not from when it was stored', () => {
    let now = 10_000;
    const cache = new SessionCache(1000, () => now);
    const readSince = cache.mark();
    now += 600; // a slow read
    cache.set('a', session('s1'), readSince);
    now += 400;
    expect(cache.get('a')).toBeUndefined();
  });

  it('does not keep a read that raced with a forgetting', () => {
    const cache = new SessionCache(1000, () => 0);
    const readSince = cache.mark();
    cache.forgetStaff('s1'); // e.g. the account was disabled while the row was being read
    cache.set('a', session('s1'), readSince);
    expect(cache.get('a')).toBeUndefined();
  });

  it('forgets one session, every session of an account, or everything', () => {
    const cache = new SessionCache(1000, () => 0);
    for (const [id, staff] of [
      ['a', 's1'],
      ['b', 's1'],
      ['c', 's2'],
      ['d', 's3'],
    ] as const)
      cache.set(id, session(staff), cache.mark());
    cache.forget('c');
    expect(cache.get('c')).toBeUndefined();
    cache.forgetStaff('s1');
    expect([cache.get('a'), cache.get('b')]).toEqual([undefined, undefined]);
    expect(cache.get('d')?.caller.staffId).toBe('s3');
    cache.clear();
    expect(cache.size).toBe(0);
  });
});

describe('the session cache in the app', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(async () => {
    await t.close();
  });

  const idOf = (client: TestClient) =>
    createHash('sha256').update(client.cookie!.slice('vf_session='.length)).digest('hex');

  it('keeps a signed-in session after a request, with a caller no request can change', async () => {
    const erik = await t.signIn('erik.socsek');
    expect((await erik.get('/api/me')).status).toBe(200);
    const cached = sessionCache.get(idOf(erik));
    expect(cached?.caller.username).toBe('erik.socsek');
    expect(Object.isFrozen(cached?.caller)).toBe(true);
  });

  it('forgets a session at sign-out, so the old cookie is refused at once', async () => {
    const erik = await t.signIn('erik.socsek');
    expect((await erik.get('/api/me')).status).toBe(200);
    const cookie = erik.cookie;
    expect((await erik.post('/api/auth/logout', {})).status).toBeLessThan(300);
    expect(sessionCache.get(idOf({ cookie } as TestClient))).toBeUndefined();
    const old = t.client();
    old.cookie = cookie;
    expect((await old.get('/api/me')).status).toBe(401);
  });

  it('forgets every session of an account an administrator changes', async () => {
    const staff = await t.signIn('anna.lakare');
    expect((await staff.get('/api/me')).status).toBe(200);
    expect(sessionCache.get(idOf(staff))).toBeDefined();
    const admin = await t.signIn('admin');
    const res = await admin.patch(`/api/staff/${(await demoIds(t.db)).user('anna.lakare')}`, {
      name: 'Anna Läkare-Ny',
    });
    expect(res.status).toBe(200);
    expect(sessionCache.get(idOf(staff))).toBeUndefined();
    expect((await staff.get('/api/me')).body.name).toBe('Anna Läkare-Ny');
  });
});
