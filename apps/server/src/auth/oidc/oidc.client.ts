import * as client from 'openid-client';
import type { OidcSettings } from './oidc.config.ts';

/**
 * The relying party, on openid-client (certified): discovery on first use, the provider's
 * keys fetched and refreshed by the library (key rotation), PKCE S256, state and nonce.
 * The ID token is checked by the library for issuer, audience, expiry, issued-at and nonce;
 * non-repudiation checks are turned on so its signature is verified against the provider's
 * published keys as well (not only trusted because it came over TLS from the token endpoint).
 */
export class OidcClient {
  private configuration: Promise<client.Configuration> | null = null;

  constructor(private readonly settings: OidcSettings) {}

  /** Discovery once; a failed discovery is tried again at the next sign-in. */
  private discover(): Promise<client.Configuration> {
    if (!this.configuration) {
      const s = this.settings;
      const metadata: Partial<client.ClientMetadata> = { client_secret: s.clientSecret };
      if (s.clockSkewSeconds !== undefined) metadata[client.clockSkew] = s.clockSkewSeconds;
      this.configuration = client
        .discovery(s.issuer, s.clientId, metadata, client.ClientSecretPost(s.clientSecret), {
          execute: [
            // config.ts accepts http:// only for a local provider outside production mode.
            ...(s.issuer.protocol === 'http:' ? [client.allowInsecureRequests] : []),
            client.enableNonRepudiationChecks,
          ],
        })
        .catch((error: unknown) => {
          this.configuration = null;
          throw error;
        });
    }
    return this.configuration;
  }

  async start(): Promise<{ url: URL; state: string; nonce: string; codeVerifier: string }> {
    const configuration = await this.discover();
    const codeVerifier = client.randomPKCECodeVerifier();
    const state = client.randomState();
    const nonce = client.randomNonce();
    const url = client.buildAuthorizationUrl(configuration, {
      response_type: 'code',
      redirect_uri: this.settings.redirectUri.href,
      scope: this.settings.scope,
      state,
      nonce,
      code_challenge: await client.calculatePKCECodeChallenge(codeVerifier),
      code_challenge_method: 'S256',
    });
    return { url, state, nonce, codeVerifier };
  }

  /**
   * Exchanges the code and returns the staff identifier from the configured claim (ID token
   * first, then the UserInfo endpoint for the same subject). Throws on any failed check.
   */
  async finish(
    query: string,
    checks: { state: string; nonce: string; codeVerifier: string },
  ): Promise<{ staffIdentifier: string | null }> {
    const configuration = await this.discover();
    const currentUrl = new URL(this.settings.redirectUri.href);
    currentUrl.search = query;
    const tokens = await client.authorizationCodeGrant(configuration, currentUrl, {
      pkceCodeVerifier: checks.codeVerifier,
      expectedState: checks.state,
      expectedNonce: checks.nonce,
      idTokenExpected: true,
    });
    const claims = tokens.claims();
    if (!claims) throw new Error('no ID token');
    const claim = this.settings.staffClaim;
    let value: unknown = claims[claim];
    if (value === undefined && tokens.access_token) {
      const info = await client.fetchUserInfo(configuration, tokens.access_token, claims.sub);
      value = info[claim];
    }
    return { staffIdentifier: typeof value === 'string' && value.length > 0 ? value : null };
  }

  async endSessionUrl(): Promise<string | null> {
    const configuration = await this.discover();
    if (!configuration.serverMetadata().end_session_endpoint) return null;
    const redirect = new URL(this.settings.afterSignInPath, this.settings.redirectUri);
    return client.buildEndSessionUrl(configuration, {
      client_id: this.settings.clientId,
      post_logout_redirect_uri: redirect.href,
    }).href;
  }
}
