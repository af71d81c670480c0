import fs from 'node:fs';
import https from 'node:https';
import os from 'node:os';
import path from 'node:path';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { hashPassword } from '../auth/password.ts';
import { currentStep, totpAt } from '../auth/totp.ts';
import { DEMO_PASSWORD } from '../db/seed/demo-county.ts';
import { startTestApp, type TestApp, type TestClient } from '../test/harness.ts';

/**
 * Production hardening (security fault 8): HSTS and Secure cookies whenever the app is served
 * over TLS, no source maps, and the API documentation behind sign-in in production mode.
 */
const FIXTURES = new URL('../test/fixtures/', import.meta.url).pathname;
const CERT = path.join(FIXTURES, 'tls-localhost.crt');
const KEY = path.join(FIXTURES, 'tls-localhost.key');
const SECRET = 'JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP';

/** A built web app with a script and its source map. */
function webDist(): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'vf-web-dist-'));
  fs.mkdirSync(path.join(dir, 'assets'));
  fs.writeFileSync(path.join(dir, 'index.html'), '<!doctype html><title>Vårdfläta</title>');
  fs.writeFileSync(path.join(dir, 'assets', 'app.js'), 'console.log(1);\n');
  fs.writeFileSync(path.join(dir, 'assets', 'app.js.map'), '{"version":3,"sources":["app.ts"]}');
  return dir;
}

/** Signs in an account with a second factor, as production mode requires. */
async function signInWithSecondFactor(
  app: TestApp,
  username: string,
): Promise<TestClient & { setCookies: string[] }> {
  const unit = await app.db
    .selectFrom('unit')
    .select(['id', 'organisation_id'])
    .where('name', '=', 'Beroendecentrum')
    .executeTakeFirstOrThrow();
  await app.db
    .insertInto('staff')
    .values({
      username,
      name: 'Prod Testsson',
      role: 'physician',
      unit_id: unit.id,
      organisation_id: unit.organisation_id,
      password_hash: await hashPassword(DEMO_PASSWORD),
      totp_secret: SECRET,
      totp_enabled: true,
    })
    .execute();
  const client = app.client();
  const login = await client.post('/api/auth/login', { username, password: DEMO_PASSWORD });
  expect(login.status).toBe(200);
  // A fresh account has used no step yet, and the server accepts one step either side.
  const done = await client.post('/api/auth/second-factor', {
    code: totpAt(SECRET, currentStep()),
  });
  expect(done.status).toBe(200);
  const setCookies = [login, done].flatMap((r) =>
    [r.headers['set-cookie'] ?? []].flat().map(String),
  );
  return Object.assign(client, { setCookies });
}

function httpsGet(
  port: number,
  pathname: string,
  options: { method?: string; body?: string } = {},
): Promise<{ status: number; headers: Record<string, string | string[] | undefined> }> {
  return new Promise((resolve, reject) => {
    const req = https.request(
      {
        host: '127.0.0.1',
        servername: 'localhost',
        port,
        path: pathname,
        method: options.method ?? 'GET',
        ca: fs.readFileSync(CERT),
        headers: options.body ? { 'content-type': 'application/json' } : {},
      },
      (res) => {
        res.resume();
        res.on('end', () => resolve({ status: res.statusCode!, headers: res.headers }));
      },
    );
    req.on('error', reject);
    req.end(options.body);
  });
}

describe('served over direct TLS (demo mode)', () => {
  let t: TestApp;
  let port: number;
  beforeAll(async () => {
    t = await startTestApp({ tls: { certFile: CERT, keyFile: KEY } });
    await t.app.listen({ port: 0, host: '127.0.0.1' });
    port = (t.app.server.address() as AddressInfo).port;
  });
  afterAll(async () => t?.close());

  it('sends HSTS', async () => {
    const res = await httpsGet(port, '/api/health');
    expect(res.status).toBe(200);
    expect(res.headers['strict-transport-security']).toBe('max-age=31536000; includeSubDomains');
  });

  it('sets the session cookie Secure', async () => {
    const res = await httpsGet(port, '/api/auth/login', {
      method: 'POST',
      body: JSON.stringify({ username: 'anna.lakare', password: DEMO_PASSWORD }),
    });
    expect(res.status).toBe(200);
    expect(String(res.headers['set-cookie'])).toMatch(/^vf_session=[^;]+;.*; Secure/);
  });
});

describe('served over plain HTTP in demo mode', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp({}, { seed: true });
  });
  afterAll(async () => t?.close());

  it('sends no HSTS and a cookie without Secure, and trusts no X-Forwarded-Proto', async () => {
    const plain = await t.app.inject({ method: 'GET', url: '/api/health' });
    expect(plain.headers['strict-transport-security']).toBeUndefined();
    // Without a trusted proxy (production mode only) the header is anyone's to forge.
    const forged = await t.app.inject({
      method: 'GET',
      url: '/api/health',
      headers: { 'x-forwarded-proto': 'https' },
    });
    expect(forged.headers['strict-transport-security']).toBeUndefined();
    const login = await t.app.inject({
      method: 'POST',
      url: '/api/auth/login',
      headers: { 'content-type': 'application/json', 'x-forwarded-proto': 'https' },
      payload: JSON.stringify({ username: 'anna.lakare', password: DEMO_PASSWORD }),
    });
    expect(login.statusCode).toBe(200);
    expect(String(login.headers['set-cookie'])).not.toMatch(/Secure/);
  });

  it('keeps the API documentation public', async () => {
    expect((await t.client().get('/api/docs/json')).status).toBe(200);
  });
});

describe('production mode behind a TLS-terminating proxy', () => {
  let p: TestApp;
  let dist: string;
  beforeAll(async () => {
    dist = webDist();
    p = await startTestApp({ productionMode: true, webDistDir: dist });
  });
  afterAll(async () => {
    await p?.close();
    fs.rmSync(dist, { recursive: true, force: true });
  });

  it('sends HSTS when the proxy says the request came over TLS', async () => {
    const res = await p.app.inject({
      method: 'GET',
      url: '/api/health',
      headers: { 'x-forwarded-proto': 'https' },
    });
    expect(res.statusCode).toBe(200);
    expect(res.headers['strict-transport-security']).toBe('max-age=31536000; includeSubDomains');
  });

  it('sets the session cookie Secure, and clears it the same way', async () => {
    const client = await signInWithSecondFactor(p, 'prod.cookie');
    expect(client.setCookies.join('\n')).toMatch(/^vf_session=[^;]+;.*; Secure/m);
    const logout = await client.post('/api/auth/logout');
    expect(logout.status).toBe(204);
    expect(String(logout.headers['set-cookie'])).toMatch(/^vf_session=;.*; Secure/);
  });

  it('keeps the API documentation behind sign-in', async () => {
    const anonymous = p.client();
    expect((await anonymous.get('/api/docs/json')).status).toBe(401);
    expect((await anonymous.get('/api/docs')).status).toBe(401);
    expect((await anonymous.get('/api/docs/static/index.html')).status).toBe(401);
    const signedIn = await signInWithSecondFactor(p, 'prod.docs');
    const docs = await signedIn.get('/api/docs/json');
    expect(docs.status).toBe(200);
    expect(docs.body.openapi).toMatch(/^3\./);
  });

  it('serves the web app but none of its source maps', async () => {
    const script = await p.app.inject({ method: 'GET', url: '/assets/app.js' });
    expect(script.statusCode).toBe(200);
    for (const url of ['/assets/app.js.map', '/assets/app.js%2Emap', '/assets/APP.JS.MAP?x=1']) {
      const res = await p.app.inject({ method: 'GET', url });
      expect(res.statusCode, url).toBe(404);
      expect(res.body).not.toContain('"sources"');
    }
  });
});

describe('the web build', () => {
  it('emits no source maps', async () => {
    // Loaded by URL: the web app's config is not part of the server's TypeScript project.
    const viteConfig = new URL('../../../web/vite.config.ts', import.meta.url).href;
    const config = (await import(viteConfig)).default as { build?: { sourcemap?: unknown } };
    expect(config.build?.sourcemap).toBe(false);
  });
});
