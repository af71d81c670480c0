import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '../../test/harness.ts';
import {
  signInThroughProvider,
  startTestProvider,
  type TestProvider,
} from '../../test/oidc-provider.ts';
import { loadOidcSettings } from './oidc.config.ts';

let provider: TestProvider;
let t: TestApp;

beforeAll(async () => {
  provider = await startTestProvider();
  const oidc = loadOidcSettings(
    {
      OIDC_ISSUER: provider.issuer,
      OIDC_CLIENT_ID: provider.clientId,
      OIDC_CLIENT_SECRET: provider.clientSecret,
      OIDC_REDIRECT_URI: provider.redirectUri,
      OIDC_STAFF_CLAIM: 'hsa_id',
      OIDC_SCOPE: 'openid hsa',
    },
    false,
  );
  t = await startTestApp({ oidc });
  // Anna's account carries the identifier the provider gives account "anna".
  await t.db
    .updateTable('staff')
    .set({ external_id: 'hsa-anna' })
    .where('username', '=', 'anna.lakare')
    .execute();
});
afterAll(async () => {
  await t?.close();
  await provider?.close();
});
beforeEach(() => {
  provider.tamper = null;
  provider.breakSignature = false;
});

const callback = (url: string, stateCookie?: string) =>
  t.app.inject({
    method: 'GET',
    url,
    headers: stateCookie ? { cookie: `vf_oidc_state=${stateCookie}` } : {},
  });
const sessionCookie = (res: { cookies: { name: string; value: string }[] }) =>
  res.cookies.find((c) => c.name === 'vf_session' && c.value)?.value;

describe('GET /api/auth/oidc/login', () => {
  it('redirects to the provider with code flow, PKCE S256, state and nonce', async () => {
    const res = await t.app.inject({ method: 'GET', url: '/api/auth/oidc/login' });
    expect(res.statusCode).toBe(302);
    const location = new URL(String(res.headers.location));
    expect(`${location.origin}${location.pathname}`).toBe(`${provider.issuer}/auth`);
    const p = location.searchParams;
    expect(p.get('response_type')).toBe('code');
    expect(p.get('client_id')).toBe(provider.clientId);
    expect(p.get('redirect_uri')).toBe(provider.redirectUri);
    expect(p.get('code_challenge_method')).toBe('S256');
    expect(p.get('code_challenge')).toMatch(/^[\w-]{43}$/);
    expect(p.get('state')).toMatch(/^[\w-]{20,}$/);
    expect(p.get('nonce')).toMatch(/^[\w-]{20,}$/);
    expect(p.get('scope')).toBe('openid hsa');
    const stateCookie = res.cookies.find((c) => c.name === 'vf_oidc_state');
    expect(stateCookie).toMatchObject({ value: p.get('state'), httpOnly: true, sameSite: 'Lax' });
  });

  it('answers 404 when no provider is configured', async () => {
    const plain = await startTestApp({}, { seed: false });
    try {
      const res = await plain.app.inject({ method: 'GET', url: '/api/auth/oidc/login' });
      expect(res.statusCode).toBe(404);
    } finally {
      await plain.close();
    }
  });
});

describe('GET /api/auth/oidc/callback', () => {
  it('signs in through the provider to the account with that identifier, without a second factor', async () => {
    const { callbackUrl, stateCookie } = await signInThroughProvider(t, 'anna');
    const res = await callback(callbackUrl, stateCookie);
    expect(res.statusCode).toBe(302);
    expect(res.headers.location).toBe('/');
    const token = sessionCookie(res);
    expect(token).toBeTruthy();
    const me = await t.app.inject({
      method: 'GET',
      url: '/api/me',
      headers: { cookie: `vf_session=${token}` },
    });
    expect(me.statusCode).toBe(200);
    expect(me.json().username).toBe('anna.lakare');

    // Replayed state: the same answer again opens nothing.
    const replay = await callback(callbackUrl, stateCookie);
    expect(replay.statusCode).toBe(400);
    expect(sessionCookie(replay)).toBeUndefined();
  });

  it('refuses a state this browser did not start, and a missing one', async () => {
    const { callbackUrl, stateCookie } = await signInThroughProvider(t, 'anna');
    const forged = await callback(callbackUrl, `${stateCookie}x`);
    expect(forged.statusCode).toBe(400);
    expect(sessionCookie(forged)).toBeUndefined();
    const noCookie = await callback(callbackUrl);
    expect(noCookie.statusCode).toBe(400);
    const noState = await callback('/api/auth/oidc/callback?code=abc', stateCookie);
    expect(noState.statusCode).toBe(400);
  });

  it('creates no account for an identity without one', async () => {
    const before = await t.db.selectFrom('staff').select('id').execute();
    const { callbackUrl, stateCookie } = await signInThroughProvider(t, 'stranger');
    const res = await callback(callbackUrl, stateCookie);
    expect(res.statusCode).toBe(401);
    expect(sessionCookie(res)).toBeUndefined();
    expect(await t.db.selectFrom('staff').select('id').execute()).toHaveLength(before.length);
  });

  it('refuses an ID token for another audience', async () => {
    provider.tamper = (c) => ({ ...c, aud: 'another-client' });
    const { callbackUrl, stateCookie } = await signInThroughProvider(t, 'anna');
    const res = await callback(callbackUrl, stateCookie);
    expect(res.statusCode).toBe(401);
    expect(sessionCookie(res)).toBeUndefined();
  });

  it('refuses an expired ID token', async () => {
    provider.tamper = (c) => ({ ...c, iat: Number(c.iat) - 7200, exp: Number(c.iat) - 3600 });
    const { callbackUrl, stateCookie } = await signInThroughProvider(t, 'anna');
    const res = await callback(callbackUrl, stateCookie);
    expect(res.statusCode).toBe(401);
    expect(sessionCookie(res)).toBeUndefined();
  });

  it('refuses an ID token with another nonce or a broken signature', async () => {
    provider.tamper = (c) => ({ ...c, nonce: 'another-nonce' });
    let { callbackUrl, stateCookie } = await signInThroughProvider(t, 'anna');
    let res = await callback(callbackUrl, stateCookie);
    expect(res.statusCode).toBe(401);

    provider.tamper = null;
    provider.breakSignature = true;
    ({ callbackUrl, stateCookie } = await signInThroughProvider(t, 'anna'));
    res = await callback(callbackUrl, stateCookie);
    expect(res.statusCode).toBe(401);
    expect(sessionCookie(res)).toBeUndefined();
  });

  it('refuses a disabled account', async () => {
    await t.db
      .updateTable('staff')
      .set({ external_id: 'hsa-gone', disabled_at: new Date('2026-01-01T00:00:00Z') })
      .where('username', '=', 'erik.socsek')
      .execute();
    const { callbackUrl, stateCookie } = await signInThroughProvider(t, 'gone');
    expect((await callback(callbackUrl, stateCookie)).statusCode).toBe(401);
  });
});

describe('POST /api/auth/oidc/logout', () => {
  it('ends the session and sends the browser to the provider’s sign-out', async () => {
    const { callbackUrl, stateCookie } = await signInThroughProvider(t, 'anna');
    const token = sessionCookie(await callback(callbackUrl, stateCookie));
    const cookie = `vf_session=${token}`;
    const session = await t.app.inject({
      method: 'GET',
      url: '/api/auth/session',
      headers: { cookie },
    });
    const res = await t.app.inject({
      method: 'POST',
      url: '/api/auth/oidc/logout',
      headers: { cookie, 'x-csrf-token': session.json().csrfToken },
    });
    expect(res.statusCode).toBe(200);
    expect(res.json().redirectTo).toMatch(new RegExp(`^${provider.issuer}/session/end\\?`));
    const after = await t.app.inject({ method: 'GET', url: '/api/me', headers: { cookie } });
    expect(after.statusCode).toBe(401);
  });
});

describe('OIDC configuration', () => {
  const env = {
    OIDC_ISSUER: 'http://idp.example.se',
    OIDC_CLIENT_ID: 'c',
    OIDC_CLIENT_SECRET: 's',
    OIDC_REDIRECT_URI: 'https://vardflata.example.se/api/auth/oidc/callback',
  };
  it('accepts http:// only for a local provider outside production mode', () => {
    expect(() => loadOidcSettings(env, false)).toThrow(/OIDC_ISSUER must use https/);
    const local = { ...env, OIDC_ISSUER: 'http://127.0.0.1:9999' };
    expect(loadOidcSettings(local, false)?.issuer.href).toBe('http://127.0.0.1:9999/');
    expect(() => loadOidcSettings(local, true)).toThrow(/OIDC_ISSUER must use https/);
    expect(loadOidcSettings({ ...env, OIDC_ISSUER: 'https://idp.example.se' }, true)?.scope).toBe(
      'openid',
    );
  });
  it('wants all four settings or none', () => {
    expect(loadOidcSettings({}, true)).toBeNull();
    expect(() => loadOidcSettings({ OIDC_ISSUER: 'https://idp.example.se' }, false)).toThrow(
      /set all of/,
    );
  });
});
