import { generateKeyPairSync, sign, type KeyObject } from 'node:crypto';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import Provider from 'oidc-provider';
import type { TestApp } from './harness.ts';

/**
 * A real OpenID Connect provider (oidc-provider, OpenID-certified) in this process, on
 * 127.0.0.1, for the sign-in tests. Accounts: any id signs in (the development interactions);
 * its `hsa_id` claim is `hsa-<id>`. `tamper` rewrites the next ID token the token endpoint
 * hands out — re-signed with the provider's own key, so only the named check can fail.
 */
export interface TestProvider {
  issuer: string;
  clientId: string;
  clientSecret: string;
  redirectUri: string;
  tamper: ((claims: Record<string, unknown>) => Record<string, unknown>) | null;
  breakSignature: boolean;
  close(): Promise<void>;
}

const b64 = (value: object) => Buffer.from(JSON.stringify(value)).toString('base64url');
const unb64 = (part: string) => JSON.parse(Buffer.from(part, 'base64url').toString('utf8'));

function resign(jwt: string, key: KeyObject, change: (c: Record<string, unknown>) => object) {
  const [header, payload] = jwt.split('.');
  const data = `${b64(unb64(header!))}.${b64(change(unb64(payload!)))}`;
  return `${data}.${sign('sha256', Buffer.from(data), key).toString('base64url')}`;
}

export async function startTestProvider(): Promise<TestProvider> {
  const server = http.createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const issuer = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const { privateKey } = generateKeyPairSync('rsa', { modulusLength: 2048 });
  const jwk = {
    ...privateKey.export({ format: 'jwk' }),
    kid: 'test-key',
    alg: 'RS256',
    use: 'sig',
  };
  const redirectUri = 'http://127.0.0.1/api/auth/oidc/callback';
  const state: TestProvider = {
    issuer,
    clientId: 'vardflata',
    clientSecret: 'a-client-secret-long-enough-for-the-provider-0123456789',
    redirectUri,
    tamper: null,
    breakSignature: false,
    close: async () => {
      server.closeAllConnections();
      await new Promise((resolve) => server.close(resolve));
    },
  };
  const provider = new Provider(issuer, {
    clients: [
      {
        client_id: state.clientId,
        client_secret: state.clientSecret,
        redirect_uris: [redirectUri],
        post_logout_redirect_uris: ['http://127.0.0.1/'],
        token_endpoint_auth_method: 'client_secret_post',
        response_types: ['code'],
        grant_types: ['authorization_code'],
      },
    ],
    jwks: { keys: [jwk as never] },
    cookies: { keys: ['test-cookie-key'] },
    claims: { openid: ['sub'], hsa: ['hsa_id'] },
    findAccount: async (_ctx, id) => ({
      accountId: id,
      claims: async () => ({ sub: id, hsa_id: `hsa-${id}` }),
    }),
  });
  provider.use(async (ctx, next) => {
    await next();
    const body = ctx.body as { id_token?: string } | undefined;
    if (ctx.path !== '/token' || !body?.id_token) return;
    if (state.tamper) body.id_token = resign(body.id_token, privateKey, state.tamper);
    if (state.breakSignature)
      body.id_token = resign(body.id_token, privateKey, (c) => c).slice(0, -8) + 'AAAAAAAA';
  });
  server.on('request', provider.callback());
  return state;
}

/** The browser's part: follows the provider's redirects and answers its sign-in and consent forms. */
export async function signInThroughProvider(
  t: TestApp,
  accountId: string,
): Promise<{ callbackUrl: string; stateCookie: string }> {
  const login = await t.app.inject({ method: 'GET', url: '/api/auth/oidc/login' });
  if (login.statusCode !== 302) throw new Error(`login answered ${login.statusCode}`);
  const stateCookie = login.cookies.find((c) => c.name === 'vf_oidc_state')!.value;
  const jar = new Map<string, string>();
  const cookieHeader = () => [...jar].map(([k, v]) => `${k}=${v}`).join('; ');
  let url = new URL(String(login.headers.location));
  let form: URLSearchParams | null = null;
  for (let hop = 0; hop < 20; hop++) {
    const res = await fetch(url, {
      redirect: 'manual',
      method: form ? 'POST' : 'GET',
      headers: {
        cookie: cookieHeader(),
        ...(form ? { 'content-type': 'application/x-www-form-urlencoded' } : {}),
      },
      ...(form ? { body: form.toString() } : {}),
    });
    form = null;
    for (const c of res.headers.getSetCookie()) {
      const [pair] = c.split(';');
      const [name, ...rest] = pair!.split('=');
      jar.set(name!.trim(), rest.join('='));
    }
    if (res.status >= 300 && res.status < 400) {
      const next = new URL(res.headers.get('location')!, url);
      if (next.href.startsWith(t.config.oidc!.redirectUri.href)) {
        return { callbackUrl: `${next.pathname}${next.search}`, stateCookie };
      }
      url = next;
      continue;
    }
    const html = await res.text();
    if (res.status !== 200) throw new Error(`provider answered ${res.status}: ${html}`);
    if (html.includes('name="prompt" value="login"')) {
      form = new URLSearchParams({ prompt: 'login', login: accountId, password: 'any' });
    } else if (html.includes('name="prompt" value="consent"')) {
      form = new URLSearchParams({ prompt: 'consent' });
    } else {
      throw new Error(`unexpected page from the provider: ${html.slice(0, 300)}`);
    }
  }
  throw new Error('too many redirects at the provider');
}
