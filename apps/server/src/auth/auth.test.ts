import { createHash } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { verify as argon2Verify } from '@node-rs/argon2';
import { luhnCheckDigit } from '@vardflata/domain';
import { DEMO_PASSWORD } from '../db/seed/demo-county.ts';
import {
  demoIds,
  newIdentityNumber,
  startTestApp,
  type TestApp,
  type TestClient,
} from '../test/harness.ts';
import { forgetAllCachedSessions } from './session-cache.ts';
import { hashPassword } from './password.ts';
import { delayAfter } from './throttle.ts';
import { currentStep, totpAt } from './totp.ts';

/**
 * Sign-in and sessions (security.md, Authentication): argon2id, no user enumeration,
 * throttling, session rotation, CSRF, idle and absolute lifetime, disabled accounts and TOTP.
 */

// argon2's verify, wrapped so the tests can see that every sign-in path runs it (the same
// work whichever part of the credentials was wrong) without measuring any time.
vi.mock('@node-rs/argon2', async (importOriginal) => {
  const actual = await importOriginal<typeof import('@node-rs/argon2')>();
  return { ...actual, verify: vi.fn(actual.verify) };
});

const PASSWORD = 'korrekt-häst-batteri';
const WRONG_CREDENTIALS = {
  type: 'https://vardflata.se/problems/401',
  title: 'Not signed in',
  status: 401,
  detail: 'Wrong user name or password.',
};

let t: TestApp;
let ids: Awaited<ReturnType<typeof demoIds>>;
let passwordHash: string;

beforeAll(async () => {
  t = await startTestApp();
  ids = await demoIds(t.db);
  passwordHash = await hashPassword(PASSWORD);
});
afterAll(async () => t?.close());

/** A fresh physician at Beroendecentrum (not a demo account) with the password PASSWORD. */
async function account(
  db: TestApp['db'],
  username: string,
  extra: { disabled_at?: Date; totp_secret?: string; totp_enabled?: boolean } = {},
): Promise<string> {
  const unit = await db
    .selectFrom('unit')
    .select(['id', 'organisation_id'])
    .where('name', '=', 'Beroendecentrum')
    .executeTakeFirstOrThrow();
  const { id } = await db
    .insertInto('staff')
    .values({
      username,
      name: 'Testa Testsson',
      role: 'physician',
      unit_id: unit.id,
      organisation_id: unit.organisation_id,
      password_hash: passwordHash,
      ...extra,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  return id;
}

/** A sign-in straight through Fastify, to compare raw bodies and headers byte for byte. */
function rawLogin(app: TestApp, username: string, password: string, cookie?: string) {
  return app.app.inject({
    method: 'POST',
    url: '/api/auth/login',
    headers: { 'content-type': 'application/json', ...(cookie ? { cookie } : {}) },
    payload: JSON.stringify({ username, password }),
  });
}

/** The session table's key for a client's cookie: the database holds only the token's hash. */
function sessionIdOf(client: TestClient): string {
  const token = client.cookie!.slice('vf_session='.length);
  return createHash('sha256').update(token).digest('hex');
}

/** A client that sends the given cookie (another tab of the same browser, or an attacker). */
function withCookie(app: TestApp, cookie: string | undefined): TestClient {
  const c = app.client();
  c.cookie = cookie;
  return c;
}

/** A TOTP code for a step the account has not used yet, inside the server's ±1 step window. */
async function freshCode(db: TestApp['db'], staffId: string, secret: string): Promise<string> {
  const row = await db
    .selectFrom('staff')
    .select('totp_last_step')
    .where('id', '=', staffId)
    .executeTakeFirstOrThrow();
  const now = currentStep();
  const step = Math.max(now, row.totp_last_step === null ? now : Number(row.totp_last_step) + 1);
  if (step > now + 1) throw new Error('no unused TOTP step left inside the window');
  return totpAt(secret, step);
}

/** Six digits that are no valid code now (nor two steps either side). */
function wrongCode(secret: string): string {
  const valid = new Set([-2, -1, 0, 1, 2].map((d) => totpAt(secret, currentStep() + d)));
  for (let n = 123456; ; n++) {
    const code = String(n % 1_000_000).padStart(6, '0');
    if (!valid.has(code)) return code;
  }
}

describe('delayAfter (throttle.ts)', () => {
  it('lets the first five failures through, then doubles from 1 second up to 15 minutes', () => {
    expect([0, 1, 2, 3, 4].map(delayAfter)).toEqual([0, 0, 0, 0, 0]);
    expect([5, 6, 7, 8, 9, 14].map(delayAfter)).toEqual([1, 2, 4, 8, 16, 512]);
    expect(delayAfter(15)).toBe(900);
    expect(delayAfter(100)).toBe(900);
    expect(delayAfter(10_000)).toBe(900);
  });

  it('makes a hundred consecutive guesses take many hours', () => {
    let seconds = 0;
    for (let failures = 1; failures < 100; failures++) seconds += delayAfter(failures);
    expect(seconds).toBeGreaterThan(12 * 60 * 60);
  });
});

describe('POST /api/auth/login', () => {
  it('signs in with user and CSRF token and sets an httpOnly SameSite=Strict cookie', async () => {
    const res = await rawLogin(t, 'anna.lakare', DEMO_PASSWORD);
    expect(res.statusCode).toBe(200);
    const body = res.json();
    expect(body).toEqual({
      user: {
        id: ids.user('anna.lakare'),
        username: 'anna.lakare',
        name: 'Anna Läkare',
        roles: ['physician'],
        unit: { id: ids.beroendecentrum, name: 'Beroendecentrum' },
        organisation: { id: ids.region, name: 'Region Exempel', kind: 'region' },
        mayViewProtectedIdentity: false,
        secondFactorEnabled: false,
      },
      csrfToken: expect.stringMatching(/^[A-Za-z0-9_-]{43}$/),
      secondFactorRequired: false,
    });
    const cookies = res.cookies.filter((c) => c.name === 'vf_session');
    expect(cookies).toHaveLength(1);
    expect(cookies[0]).toMatchObject({ path: '/', httpOnly: true, sameSite: 'Strict' });
    expect(cookies[0]!.secure).toBeUndefined(); // demo mode over plain http
    expect(cookies[0]!.value).toMatch(/^[A-Za-z0-9_-]{43}$/);

    // The session row is keyed by the token's hash and carries the same CSRF token.
    const token = cookies[0]!.value;
    const row = await t.db
      .selectFrom('session')
      .selectAll()
      .where('id', '=', createHash('sha256').update(token).digest('hex'))
      .executeTakeFirstOrThrow();
    expect(row).toMatchObject({ staff_id: ids.user('anna.lakare'), state: 'active' });
    expect(row.csrf_token).toBe(body.csrfToken);
    expect(await t.db.selectFrom('session').select('id').where('id', '=', token).execute()).toEqual(
      [],
    );

    const me = await withCookie(t, `vf_session=${token}`).get('/api/me');
    expect(me.status).toBe(200);
    expect(me.body).toEqual(body.user);
  });

  it('accepts the user name in any letter case and with surrounding spaces', async () => {
    const res = await t.client().post('/api/auth/login', {
      username: '  Anna.Lakare ',
      password: DEMO_PASSWORD,
    });
    expect(res.status).toBe(200);
    expect(res.body.user.username).toBe('anna.lakare');
  });

  it('gives a new session id at every sign-in; the old cookie stops working', async () => {
    const browser = await t.signIn('anna.lakare');
    const oldCookie = browser.cookie;
    const oldCsrf = browser.csrfToken;
    expect((await browser.get('/api/me')).status).toBe(200);

    // The same browser signs in again and so sends its old cookie along.
    const again = await browser.post('/api/auth/login', {
      username: 'anna.lakare',
      password: DEMO_PASSWORD,
    });
    expect(again.status).toBe(200);
    expect(browser.cookie).toBeDefined();
    expect(browser.cookie).not.toBe(oldCookie);
    expect(browser.csrfToken).not.toBe(oldCsrf);
    expect((await browser.get('/api/me')).status).toBe(200);

    const stale = await withCookie(t, oldCookie).get('/api/me');
    expect(stale.status).toBe(401);
    expect(stale.body).toMatchObject({ status: 401, title: 'Not signed in' });
  });

  it('answers wrong password, unknown user and disabled account with identical 401s', async () => {
    await account(t.db, 'disa.avstangd', { disabled_at: new Date() });
    const wrongPassword = await rawLogin(t, 'anna.lakare', 'inte-lösenordet');
    const unknownUser = await rawLogin(t, 'ingen.sadan', 'inte-lösenordet');
    const disabled = await rawLogin(t, 'disa.avstangd', PASSWORD);
    for (const res of [wrongPassword, unknownUser, disabled]) {
      expect(res.statusCode).toBe(401);
      expect(res.json()).toEqual(WRONG_CREDENTIALS);
      expect(res.headers['content-type']).toBe('application/problem+json; charset=utf-8');
      expect(res.headers['set-cookie']).toBeUndefined();
    }
    expect(unknownUser.body).toBe(wrongPassword.body);
    expect(disabled.body).toBe(wrongPassword.body);
    expect(unknownUser.headers['content-length']).toBe(wrongPassword.headers['content-length']);
    expect(disabled.headers['content-length']).toBe(wrongPassword.headers['content-length']);
  });

  it('runs the same argon2id verification whether the name is known or not', async () => {
    // No timings are asserted: the guarantee is that both paths do the same argon2 work.
    const verify = vi.mocked(argon2Verify);
    const hashesVerifiedFor = async (username: string) => {
      verify.mockClear();
      expect((await rawLogin(t, username, 'inte-lösenordet')).statusCode).toBe(401);
      return verify.mock.calls.map(([hash]) => String(hash));
    };
    const known = await hashesVerifiedFor('erik.socsek');
    const unknown = await hashesVerifiedFor('okand.anvandare');
    expect(known).toHaveLength(1);
    expect(unknown).toHaveLength(1);
    // Same algorithm and cost parameters: $argon2id$v=19$m=19456,t=2,p=1$salt$hash.
    const parameters = (hash: string) => hash.split('$').slice(1, 4).join('$');
    expect(parameters(known[0]!)).toBe('argon2id$v=19$m=19456,t=2,p=1');
    expect(parameters(unknown[0]!)).toBe(parameters(known[0]!));
    expect(unknown[0]).not.toBe(known[0]);
  });
});

// Throttling (per name, per address, the lock and its purge) is in throttle.test.ts, on an
// injected clock.

describe('CSRF protection', () => {
  it('refuses a state-changing request without or with a wrong X-CSRF-Token', async () => {
    const anna = await t.signIn('anna.lakare');
    const number = newIdentityNumber(luhnCheckDigit);
    const register = {
      personalIdentityNumber: number,
      givenName: 'Karl',
      familyName: 'Bergström',
      sex: 'male',
    };
    const stored = () =>
      t.db
        .selectFrom('person')
        .select('id')
        .where('personal_identity_number', '=', number)
        .execute();

    const without = await anna.post('/api/persons', register, { csrf: false });
    expect(without.status).toBe(403);
    expect(without.body).toMatchObject({
      status: 403,
      detail: 'Missing or wrong X-CSRF-Token header.',
    });

    const rightToken = anna.csrfToken!;
    anna.csrfToken = `${rightToken.slice(0, -1)}${rightToken.endsWith('A') ? 'B' : 'A'}`;
    expect((await anna.post('/api/persons', register)).status).toBe(403);
    anna.csrfToken = 'kort';
    expect((await anna.post('/api/persons', register)).status).toBe(403);
    // Another session's token does not fit this session.
    anna.csrfToken = (await t.signIn('anna.lakare')).csrfToken;
    expect((await anna.post('/api/persons', register)).status).toBe(403);
    expect(await stored()).toEqual([]);

    anna.csrfToken = rightToken;
    const ok = await anna.post('/api/persons', register);
    expect(ok.status).toBe(201);
    expect(await stored()).toEqual([{ id: ok.body.id }]);
  });

  it('guards PATCH and logout too, and a refused request changes nothing', async () => {
    const admin = await t.signIn('admin');
    const vera = ids.user('vera.vardcentral');
    const patch = await admin.request(
      'PATCH',
      `/api/staff/${vera}`,
      { name: 'X' },
      { csrf: false },
    );
    expect(patch.status).toBe(403);
    const row = await t.db
      .selectFrom('staff')
      .select('name')
      .where('id', '=', vera)
      .executeTakeFirstOrThrow();
    expect(row.name).toBe('Vera Vårdcentral');

    expect((await admin.post('/api/auth/logout', undefined, { csrf: false })).status).toBe(403);
    expect((await admin.get('/api/me')).status).toBe(200);
    expect((await admin.post('/api/auth/logout')).status).toBe(204);
  });
});

describe('sessions', () => {
  it('logout ends the session on the server, not only the cookie', async () => {
    const erik = await t.signIn('erik.socsek');
    const cookie = erik.cookie;
    const id = sessionIdOf(erik);
    const res = await erik.post('/api/auth/logout');
    expect(res.status).toBe(204);
    expect(erik.cookie).toBeUndefined(); // the cookie was cleared
    expect(await t.db.selectFrom('session').select('id').where('id', '=', id).execute()).toEqual(
      [],
    );
    expect((await withCookie(t, cookie).get('/api/me')).status).toBe(401);
  });

  it('answers 401 without a cookie and for a made-up one', async () => {
    expect((await t.client().get('/api/me')).status).toBe(401);
    const forged = withCookie(t, 'vf_session=AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA');
    expect((await forged.get('/api/me')).status).toBe(401);
  });

  it('ends a session idle for more than 15 minutes and keeps one idle for 14', async () => {
    const idle = await t.signIn('erik.socsek');
    const busy = await t.signIn('erik.socsek');
    const setLastSeen = (client: TestClient, minutesAgo: number) =>
      t.db
        .updateTable('session')
        .set({ last_seen_at: new Date(Date.now() - minutesAgo * 60_000) })
        .where('id', '=', sessionIdOf(client))
        .execute();
    await setLastSeen(idle, 16);
    await setLastSeen(busy, 14);
    // Edited in the database behind the process's back: forget the second-long cache.
    forgetAllCachedSessions();

    expect((await idle.get('/api/me')).status).toBe(401);
    const gone = await t.db
      .selectFrom('session')
      .select('id')
      .where('id', '=', sessionIdOf(idle))
      .execute();
    expect(gone).toEqual([]);

    expect((await busy.get('/api/me')).status).toBe(200);
    // The request counts as activity: the idle clock starts over.
    const touched = await t.db
      .selectFrom('session')
      .select('last_seen_at')
      .where('id', '=', sessionIdOf(busy))
      .executeTakeFirstOrThrow();
    expect(Date.now() - new Date(touched.last_seen_at).getTime()).toBeLessThan(60_000);
  });

  it('ends a session past its absolute lifetime of 12 hours even when active', async () => {
    const erik = await t.signIn('erik.socsek');
    const row = await t.db
      .selectFrom('session')
      .select(['created_at', 'expires_at'])
      .where('id', '=', sessionIdOf(erik))
      .executeTakeFirstOrThrow();
    const lifetime = new Date(row.expires_at).getTime() - new Date(row.created_at).getTime();
    expect(Math.abs(lifetime - 12 * 60 * 60 * 1000)).toBeLessThan(60_000);

    await t.db
      .updateTable('session')
      .set({ expires_at: new Date(Date.now() - 1000), last_seen_at: new Date() })
      .where('id', '=', sessionIdOf(erik))
      .execute();
    forgetAllCachedSessions();
    expect((await erik.get('/api/me')).status).toBe(401);
  });

  it('ends every live session of an account the moment it is disabled', async () => {
    const staffId = await account(t.db, 'ebba.avslutas');
    const first = await t.signIn('ebba.avslutas', PASSWORD);
    const second = await t.signIn('ebba.avslutas', PASSWORD);
    expect((await first.get('/api/me')).status).toBe(200);

    const admin = await t.signIn('admin');
    const res = await admin.patch(`/api/staff/${staffId}`, { disabled: true });
    expect(res.status).toBe(200);
    expect(res.body.disabled).toBe(true);

    expect((await first.get('/api/me')).status).toBe(401);
    expect((await second.get('/api/auth/session')).status).toBe(401);
    const sessions = await t.db
      .selectFrom('session')
      .select('id')
      .where('staff_id', '=', staffId)
      .execute();
    expect(sessions).toEqual([]);
    expect((await rawLogin(t, 'ebba.avslutas', PASSWORD)).json()).toEqual(WRONG_CREDENTIALS);

    // Enabling the account again does not bring the old sessions back.
    expect((await admin.patch(`/api/staff/${staffId}`, { disabled: false })).status).toBe(200);
    expect((await first.get('/api/me')).status).toBe(401);
    expect((await rawLogin(t, 'ebba.avslutas', PASSWORD)).statusCode).toBe(200);
  });

  it('also ends a session whose account was disabled directly in the database', async () => {
    const staffId = await account(t.db, 'dora.direkt');
    const dora = await t.signIn('dora.direkt', PASSWORD);
    await t.db
      .updateTable('staff')
      .set({ disabled_at: new Date() })
      .where('id', '=', staffId)
      .execute();
    // A change made behind the process's back is seen when its cached session runs out (at most
    // a second, decision 0005); forgetting the cache stands for that second passing.
    forgetAllCachedSessions();
    expect((await dora.get('/api/me')).status).toBe(401);
  });
});

describe('second factor (TOTP)', () => {
  /** A new account that has enrolled and confirmed a second factor through the API. */
  async function enrolledAccount(username: string) {
    const staffId = await account(t.db, username);
    const client = await t.signIn(username, PASSWORD);
    const enrol = await client.post('/api/me/second-factor/enrol');
    expect(enrol.status).toBe(200);
    const secret: string = enrol.body.secret;
    const code = await freshCode(t.db, staffId, secret);
    expect((await client.post('/api/me/second-factor/confirm', { code })).status).toBe(200);
    return { staffId, secret, client };
  }

  it('enrols: a secret, a wrong code refused, a right code confirms', async () => {
    const staffId = await account(t.db, 'tilda.totp');
    const tilda = await t.signIn('tilda.totp', PASSWORD);
    const enrol = await tilda.post('/api/me/second-factor/enrol');
    expect(enrol.status).toBe(200);
    const secret: string = enrol.body.secret;
    expect(secret).toMatch(/^[A-Z2-7]{32}$/);
    expect(enrol.body.otpauthUri).toBe(
      `otpauth://totp/V%C3%A5rdfl%C3%A4ta%3Atilda.totp?secret=${secret}` +
        '&issuer=V%C3%A5rdfl%C3%A4ta&algorithm=SHA1&digits=6&period=30',
    );
    const stored = () =>
      t.db
        .selectFrom('staff')
        .select(['totp_secret', 'totp_enabled'])
        .where('id', '=', staffId)
        .executeTakeFirstOrThrow();
    expect(await stored()).toEqual({ totp_secret: secret, totp_enabled: false });

    const wrong = await tilda.post('/api/me/second-factor/confirm', { code: wrongCode(secret) });
    expect(wrong.status).toBe(401);
    expect((await stored()).totp_enabled).toBe(false);
    const badShape = await tilda.post('/api/me/second-factor/confirm', { code: '12345' });
    expect(badShape.status).toBe(400);
    expect(badShape.body.errors).toEqual([{ path: 'code', message: 'six digits' }]);

    const confirm = await tilda.post('/api/me/second-factor/confirm', {
      code: await freshCode(t.db, staffId, secret),
    });
    expect(confirm.status).toBe(200);
    expect(confirm.body).toMatchObject({ username: 'tilda.totp', secondFactorEnabled: true });
    expect(await stored()).toEqual({ totp_secret: secret, totp_enabled: true });
    expect((await tilda.get('/api/me')).body.secondFactorEnabled).toBe(true);

    // An enrolled factor is never replaced from a session; an administrator resets it.
    const again = await tilda.post('/api/me/second-factor/enrol');
    expect(again.status).toBe(409);
    expect((await stored()).totp_secret).toBe(secret);
  });

  it('requires the code after the password; wrong and replayed codes are refused', async () => {
    const { staffId, secret } = await enrolledAccount('tor.tvasteg');
    const browser = t.client();
    const login = await browser.post('/api/auth/login', {
      username: 'tor.tvasteg',
      password: PASSWORD,
    });
    expect(login.status).toBe(200);
    expect(login.body).toMatchObject({ secondFactorRequired: true, csrfToken: expect.any(String) });
    expect(login.body.secondFactorEnrolmentRequired).toBeUndefined();
    const halfCookie = browser.cookie;

    // Half signed in: only the sign-in routes answer.
    expect((await browser.get('/api/me')).status).toBe(401);
    expect((await browser.get('/api/persons?q=Lindqvist')).status).toBe(401);
    expect((await browser.post('/api/me/second-factor/enrol')).status).toBe(401);
    const session = await browser.get('/api/auth/session');
    expect(session.status).toBe(200);
    expect(session.body.secondFactorRequired).toBe(true);

    const wrong = await browser.post('/api/auth/second-factor', { code: wrongCode(secret) });
    expect(wrong.status).toBe(401);
    expect((await browser.get('/api/me')).status).toBe(401);

    const code = await freshCode(t.db, staffId, secret);
    const done = await browser.post('/api/auth/second-factor', { code });
    expect(done.status).toBe(200);
    expect(done.body).toMatchObject({
      user: { id: staffId, username: 'tor.tvasteg', secondFactorEnabled: true },
      secondFactorRequired: false,
    });
    // Completing the sign-in gives a new session id; the half-signed-in one is gone.
    expect(browser.cookie).not.toBe(halfCookie);
    expect((await withCookie(t, halfCookie).get('/api/auth/session')).status).toBe(401);
    expect((await browser.get('/api/me')).status).toBe(200);
    expect((await browser.post('/api/auth/second-factor', { code })).status).toBe(401);

    // The same code once more, from a fresh password sign-in: a replay.
    const other = t.client();
    await other.post('/api/auth/login', { username: 'tor.tvasteg', password: PASSWORD });
    const replay = await other.post('/api/auth/second-factor', { code });
    expect(replay.status).toBe(401);
    expect(replay.body.detail).toBe('The code is wrong or has already been used.');
    expect((await other.get('/api/me')).status).toBe(401);
  });

  it('lets only one of two parallel requests use the same code', async () => {
    const { staffId, secret } = await enrolledAccount('parallell.kod');
    const browsers = [t.client(), t.client()];
    for (const b of browsers) {
      await b.post('/api/auth/login', { username: 'parallell.kod', password: PASSWORD });
    }
    const code = await freshCode(t.db, staffId, secret);
    const results = await Promise.all(
      browsers.map((b) => b.post('/api/auth/second-factor', { code })),
    );
    expect(results.map((r) => r.status).sort()).toEqual([200, 401]);
  });

  it('is cleared by an administrator, which also ends the account’s sessions', async () => {
    const { staffId, secret } = await enrolledAccount('rut.aterstall');
    const rut = t.client();
    await rut.post('/api/auth/login', { username: 'rut.aterstall', password: PASSWORD });
    await rut.post('/api/auth/second-factor', { code: await freshCode(t.db, staffId, secret) });
    expect((await rut.get('/api/me')).status).toBe(200);

    const admin = await t.signIn('admin');
    expect((await admin.post(`/api/staff/${staffId}/reset-second-factor`)).status).toBe(204);
    expect((await rut.get('/api/me')).status).toBe(401);
    const row = await t.db
      .selectFrom('staff')
      .select(['totp_secret', 'totp_enabled', 'totp_last_step'])
      .where('id', '=', staffId)
      .executeTakeFirstOrThrow();
    expect(row).toEqual({ totp_secret: null, totp_enabled: false, totp_last_step: null });

    // A physician sees person data: the reset waits for a second administrator (two-person
    // rule, decision 0012), and then the account must enrol anew before anything else.
    const waiting = await t.client().post('/api/auth/login', {
      username: 'rut.aterstall',
      password: PASSWORD,
    });
    expect(waiting.status).toBe(401);
    const adam = await t.signIn('adam.admin');
    expect((await adam.post(`/api/staff/${staffId}/approve`)).status).toBe(200);
    const fresh = t.client();
    const login = await fresh.post('/api/auth/login', {
      username: 'rut.aterstall',
      password: PASSWORD,
    });
    expect(login.body).toMatchObject({
      secondFactorRequired: true,
      secondFactorEnrolmentRequired: true,
    });
    expect((await fresh.get('/api/me')).status).toBe(401);
    expect((await fresh.post('/api/me/second-factor/enrol')).status).toBe(200);
  });
});

describe('production mode', () => {
  let p: TestApp;
  beforeAll(async () => {
    p = await startTestApp({ productionMode: true });
  });
  afterAll(async () => p?.close());

  it('refuses demo accounts with the same 401 as a wrong password', async () => {
    const demo = await rawLogin(p, 'anna.lakare', DEMO_PASSWORD);
    const unknown = await rawLogin(p, 'finns.inte', DEMO_PASSWORD);
    expect(demo.statusCode).toBe(401);
    expect(demo.json()).toEqual(WRONG_CREDENTIALS);
    expect(demo.body).toBe(unknown.body);
    expect(demo.headers['set-cookie']).toBeUndefined();
  });

  it('makes an account without a second factor enrol before anything else', async () => {
    const staffId = await account(p.db, 'ny.produktion');
    const browser = p.client();
    const login = await browser.post('/api/auth/login', {
      username: 'ny.produktion',
      password: PASSWORD,
    });
    expect(login.status).toBe(200);
    expect(login.body).toMatchObject({
      secondFactorRequired: true,
      secondFactorEnrolmentRequired: true,
      csrfToken: expect.any(String),
    });
    const cookie = login.headers['set-cookie'];
    expect(String(cookie)).toMatch(/; Secure/);

    expect((await browser.get('/api/persons?q=Lindqvist')).status).toBe(401);
    expect((await browser.get('/api/me')).status).toBe(401);
    expect((await browser.get('/api/organisations')).status).toBe(401);
    // Nothing to complete: the account has no factor yet.
    expect((await browser.post('/api/auth/second-factor', { code: '123456' })).status).toBe(401);

    const enrol = await browser.post('/api/me/second-factor/enrol');
    expect(enrol.status).toBe(200);
    const secret: string = enrol.body.secret;
    const wrong = await browser.post('/api/me/second-factor/confirm', { code: wrongCode(secret) });
    expect(wrong.status).toBe(401);
    expect((await browser.get('/api/persons?q=Lindqvist')).status).toBe(401);

    const confirm = await browser.post('/api/me/second-factor/confirm', {
      code: await freshCode(p.db, staffId, secret),
    });
    expect(confirm.status).toBe(200);
    const persons = await browser.get('/api/persons?q=Lindqvist');
    expect(persons.status).toBe(200);
    expect(persons.body.items).toEqual(expect.any(Array));
    const me = await browser.get('/api/me');
    expect(me.body).toMatchObject({ username: 'ny.produktion', secondFactorEnabled: true });
  });

  it('asks an enrolled account for its code, without asking it to enrol', async () => {
    const secret = 'JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP';
    const staffId = await account(p.db, 'har.faktor', { totp_secret: secret, totp_enabled: true });
    const browser = p.client();
    const login = await browser.post('/api/auth/login', {
      username: 'har.faktor',
      password: PASSWORD,
    });
    expect(login.body.secondFactorRequired).toBe(true);
    expect(login.body.secondFactorEnrolmentRequired).toBeUndefined();
    expect((await browser.get('/api/me')).status).toBe(401);
    const done = await browser.post('/api/auth/second-factor', {
      code: await freshCode(p.db, staffId, secret),
    });
    expect(done.status).toBe(200);
    expect((await browser.get('/api/me')).status).toBe(200);
  });
});
