import { timingSafeEqual } from 'node:crypto';
import type { FastifyInstance, FastifyReply } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { oidcCallbackQuery, oidcLogoutResponse } from '@vardflata/contracts';
import type { Config } from '../../config.ts';
import type { Db } from '../../db/database.ts';
import { HttpProblem, unauthorized } from '../../http/problem.ts';
import { SESSION_COOKIE } from '../auth.plugin.ts';
import { createSession, endSession } from '../session-store.ts';
import { OidcClient } from './oidc.client.ts';
import { findStaffByExternalId, savePendingLogin, takePendingLogin } from './oidc.repository.ts';

/** Binds the sign-in to the browser that started it (login CSRF): the callback must bring it. */
const STATE_COOKIE = 'vf_oidc_state';
const STATE_COOKIE_PATH = '/api/auth/oidc';

const notConfigured = () =>
  new HttpProblem(404, 'Sign-in through an identity provider is not set up.');
const badState = () =>
  new HttpProblem(400, 'This sign-in was not started here, has expired or was already used.', {
    errors: [{ path: 'state', message: 'unknown, expired or already used' }],
  });
const notVerified = () =>
  unauthorized('The identity provider’s answer could not be verified. Sign in again.');
const noAccount = () =>
  unauthorized('There is no account for this identity here. Ask your administrator.');

function sameText(a: string, b: string): boolean {
  const x = Buffer.from(a);
  const y = Buffer.from(b);
  return x.length === y.length && timingSafeEqual(x, y);
}

/**
 * OpenID Connect sign-in (decision 0018-b). A session opened here is the county's strong
 * authentication (SITHS behind the provider): it starts 'active', with no local second factor.
 */
export function oidcRoutes(app: FastifyInstance, db: Db, config: Config) {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const oidc = config.oidc ? new OidcClient(config.oidc) : null;
  const secure = config.productionMode ? true : ('auto' as const);

  const clearStateCookie = (reply: FastifyReply) =>
    reply.clearCookie(STATE_COOKIE, {
      path: STATE_COOKIE_PATH,
      httpOnly: true,
      sameSite: 'lax',
      secure,
    });

  r.get(
    '/api/auth/oidc/login',
    { config: { access: 'public' }, schema: { tags: ['auth'] } },
    async (_request, reply) => {
      if (!oidc) throw notConfigured();
      const started = await oidc.start();
      await savePendingLogin(db, started);
      // Lax, not Strict: the provider sends the browser back with a cross-site top-level GET.
      reply.setCookie(STATE_COOKIE, started.state, {
        path: STATE_COOKIE_PATH,
        httpOnly: true,
        sameSite: 'lax',
        secure,
        maxAge: 10 * 60,
      });
      return reply.redirect(started.url.href, 302);
    },
  );

  r.get(
    '/api/auth/oidc/callback',
    { config: { access: 'public' }, schema: { tags: ['auth'], querystring: oidcCallbackQuery } },
    async (request, reply) => {
      if (!oidc) throw notConfigured();
      const { state } = request.query;
      const bound = request.cookies[STATE_COOKIE];
      clearStateCookie(reply);
      if (!state || !bound || !sameText(state, bound)) throw badState();
      // Taken once: a replayed state (or one past its ten minutes) finds nothing.
      const pending = await takePendingLogin(db, state);
      if (!pending) throw badState();
      if (request.query.error) throw notVerified();

      let staffIdentifier: string | null;
      try {
        const query = request.url.includes('?') ? request.url.slice(request.url.indexOf('?')) : '';
        ({ staffIdentifier } = await oidc.finish(query, {
          state,
          nonce: pending.nonce,
          codeVerifier: pending.code_verifier,
        }));
      } catch (error) {
        request.log.warn({ err: error }, 'OpenID Connect callback refused');
        throw notVerified();
      }
      if (!staffIdentifier) throw noAccount();
      // Matched to an account that exists; never created from a claim.
      const staff = await findStaffByExternalId(db, staffIdentifier);
      if (!staff || (config.productionMode && staff.is_demo)) throw noAccount();

      const previous = request.cookies[SESSION_COOKIE];
      if (previous) await endSession(db, previous);
      const { token } = await createSession(db, staff.id, 'active', config);
      reply.setCookie(SESSION_COOKIE, token, {
        path: '/',
        httpOnly: true,
        sameSite: 'strict',
        secure,
      });
      return reply.redirect(config.oidc!.afterSignInPath, 302);
    },
  );

  r.post(
    '/api/auth/oidc/logout',
    {
      config: { access: 'signing-in' },
      schema: { tags: ['auth'], response: { 200: oidcLogoutResponse } },
    },
    async (request, reply) => {
      if (request.sessionToken) await endSession(db, request.sessionToken);
      reply.clearCookie(SESSION_COOKIE, { path: '/', httpOnly: true, sameSite: 'strict', secure });
      // The provider's own session is ended there, if it offers RP-initiated sign-out.
      let redirectTo: string | null = null;
      if (oidc) redirectTo = await oidc.endSessionUrl().catch(() => null);
      return { redirectTo };
    },
  );
}
