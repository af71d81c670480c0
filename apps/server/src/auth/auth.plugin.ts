import { timingSafeEqual } from 'node:crypto';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { Caller } from '../access/caller.ts';
import type { Db } from '../db/database.ts';
import { forbidden, unauthorized } from '../http/problem.ts';
import { loadSession, type SessionLifetimes, type SessionState } from './session-store.ts';

export const SESSION_COOKIE = 'vf_session';

/** Who may call a route: anyone, a session still completing sign-in, or a signed-in user. */
export type RouteAccess = 'public' | 'signing-in' | 'signed-in';

declare module 'fastify' {
  interface FastifyRequest {
    caller: Caller | null;
    sessionState: SessionState | null;
    sessionToken: string | null;
  }
  interface FastifyContextConfig {
    access?: RouteAccess;
  }
}

const STATE_CHANGING = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);

function sameToken(a: string, b: string): boolean {
  const x = Buffer.from(a);
  const y = Buffer.from(b);
  return x.length === y.length && timingSafeEqual(x, y);
}

/** API routes are signed-in unless they say otherwise; the web app's files are public. The API
 * documentation is public in demo mode and behind sign-in in production mode, where it would
 * only map the attack surface for strangers. */
export function defaultAccess(url: string, productionMode = false): RouteAccess {
  if (url.startsWith('/api/docs')) return productionMode ? 'signed-in' : 'public';
  return url.startsWith('/api/') ? 'signed-in' : 'public';
}

/**
 * Resolves the session on every request and enforces the route's access level and the CSRF
 * token. Routes are signed-in only unless their config says otherwise.
 */
export function registerAuth(
  app: FastifyInstance,
  db: Db,
  lifetimes: SessionLifetimes & { productionMode: boolean },
): void {
  app.decorateRequest('caller', null);
  app.decorateRequest('sessionState', null);
  app.decorateRequest('sessionToken', null);

  app.addHook('onRequest', async (request) => {
    const access =
      request.routeOptions.config?.access ?? defaultAccess(request.url, lifetimes.productionMode);
    if (access === 'public') return;

    const token = request.cookies[SESSION_COOKIE];
    const session = token ? await loadSession(db, token, lifetimes) : null;
    if (!session || !token) throw unauthorized();
    if (access === 'signed-in' && session.state !== 'active') {
      throw unauthorized('Complete the sign-in with your second factor first.');
    }
    // Known before the CSRF check, so a refused request is logged under its session's user.
    request.caller = session.caller;
    request.sessionState = session.state;
    request.sessionToken = token;
    if (STATE_CHANGING.has(request.method)) {
      const header = request.headers['x-csrf-token'];
      if (typeof header !== 'string' || !sameToken(header, session.caller.csrfToken)) {
        throw forbidden('Missing or wrong X-CSRF-Token header.');
      }
    }
  });
}

/** The signed-in caller of a route whose access level guarantees one. */
export function callerOf(request: FastifyRequest): Caller {
  if (!request.caller) throw unauthorized();
  return request.caller;
}
