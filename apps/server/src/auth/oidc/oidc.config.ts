import { z } from 'zod';

/** Sign-in through the county's identity provider (OpenID Connect); null when not configured. */
export interface OidcSettings {
  issuer: URL;
  clientId: string;
  clientSecret: string;
  redirectUri: URL;
  /** The claim that carries the staff member's identifier, matched to staff.external_id. */
  staffClaim: string;
  scope: string;
  /** Where the browser goes after a completed sign-in (and after the provider's sign-out). */
  afterSignInPath: string;
  /** Tests only: shifts the client's clock (seconds), to see an expired ID token refused. */
  clockSkewSeconds?: number;
}

const env = z.object({
  OIDC_ISSUER: z.string().min(1).optional(),
  OIDC_CLIENT_ID: z.string().min(1).optional(),
  OIDC_CLIENT_SECRET: z.string().min(1).optional(),
  OIDC_REDIRECT_URI: z.string().min(1).optional(),
  OIDC_STAFF_CLAIM: z.string().min(1).default('sub'),
  OIDC_SCOPE: z.string().min(1).default('openid'),
});

const LOCAL_HOSTS = new Set(['127.0.0.1', 'localhost', '[::1]']);

/** An http:// URL is accepted only for a local provider outside production mode. */
function secureEnough(url: URL, productionMode: boolean): boolean {
  if (url.protocol === 'https:') return true;
  return url.protocol === 'http:' && !productionMode && LOCAL_HOSTS.has(url.hostname);
}

function parseUrl(name: string, value: string): URL {
  try {
    return new URL(value);
  } catch {
    throw new Error(`Invalid configuration: ${name} is not a URL`);
  }
}

export function loadOidcSettings(
  rawEnv: NodeJS.ProcessEnv,
  productionMode: boolean,
): OidcSettings | null {
  const parsed = env.safeParse(rawEnv);
  if (!parsed.success) {
    const problems = parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`);
    throw new Error(`Invalid configuration: ${problems.join('; ')}`);
  }
  const e = parsed.data;
  const given = [e.OIDC_ISSUER, e.OIDC_CLIENT_ID, e.OIDC_CLIENT_SECRET, e.OIDC_REDIRECT_URI];
  if (given.every((v) => v === undefined)) return null;
  if (!e.OIDC_ISSUER || !e.OIDC_CLIENT_ID || !e.OIDC_CLIENT_SECRET || !e.OIDC_REDIRECT_URI) {
    throw new Error(
      'Invalid configuration: set all of OIDC_ISSUER, OIDC_CLIENT_ID, OIDC_CLIENT_SECRET and OIDC_REDIRECT_URI, or none',
    );
  }
  const issuer = parseUrl('OIDC_ISSUER', e.OIDC_ISSUER);
  const redirectUri = parseUrl('OIDC_REDIRECT_URI', e.OIDC_REDIRECT_URI);
  for (const [name, url] of [
    ['OIDC_ISSUER', issuer],
    ['OIDC_REDIRECT_URI', redirectUri],
  ] as const) {
    if (!secureEnough(url, productionMode)) {
      throw new Error(
        `Invalid configuration: ${name} must use https (http only for 127.0.0.1 or localhost outside production mode)`,
      );
    }
  }
  return {
    issuer,
    clientId: e.OIDC_CLIENT_ID,
    clientSecret: e.OIDC_CLIENT_SECRET,
    redirectUri,
    staffClaim: e.OIDC_STAFF_CLAIM,
    scope: e.OIDC_SCOPE.split(/\s+/).includes('openid') ? e.OIDC_SCOPE : `openid ${e.OIDC_SCOPE}`,
    afterSignInPath: '/',
  };
}
