import type { FastifyInstance, FastifyReply } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import {
  loginBody,
  loginResponse,
  me,
  meta,
  sessionInfo,
  totpCodeBody,
  totpEnrolment,
} from '@vardflata/contracts';
import type { Config } from '../config.ts';
import type { Db } from '../db/database.ts';
import { unauthorized } from '../http/problem.ts';
import { callerOf, SESSION_COOKIE } from './auth.plugin.ts';
import {
  completeSecondFactor,
  confirmEnrolment,
  login,
  startEnrolment,
  stateFlags,
} from './auth.service.ts';
import { passwordChangeRoutes } from './password-change.ts';
import { toMe } from './me.ts';
import { endSession, setSessionState } from './session-store.ts';

export function authRoutes(app: FastifyInstance, db: Db, config: Config, version: string) {
  const r = app.withTypeProvider<ZodTypeProvider>();

  const setCookie = (reply: FastifyReply, token: string) =>
    reply.setCookie(SESSION_COOKIE, token, {
      path: '/',
      httpOnly: true,
      sameSite: 'strict',
      // Always in production mode; otherwise whenever the request came over TLS (directly, or
      // through a trusted proxy's X-Forwarded-Proto), as @fastify/cookie's 'auto' decides.
      secure: config.productionMode ? true : 'auto',
    });

  r.get(
    '/api/meta',
    { config: { access: 'public' }, schema: { tags: ['auth'], response: { 200: meta } } },
    async () => {
      const demo = await db
        .selectFrom('staff')
        .select('id')
        .where('is_demo', '=', true)
        .where('disabled_at', 'is', null)
        .limit(1)
        .executeTakeFirst();
      // Demo accounts are refused in production mode, so no banner there.
      return {
        demo: demo !== undefined && !config.productionMode,
        productionMode: config.productionMode,
        version,
      };
    },
  );

  r.post(
    '/api/auth/login',
    {
      config: { access: 'public' },
      schema: { tags: ['auth'], body: loginBody, response: { 200: loginResponse } },
    },
    async (request, reply) => {
      const outcome = await login(
        db,
        config,
        request.body.username,
        request.body.password,
        request.ip,
      );
      // A new session id at every sign-in: whatever session the browser had is ended.
      const previous = request.cookies[SESSION_COOKIE];
      if (previous) await endSession(db, previous);
      setCookie(reply, outcome.token);
      return outcome.body;
    },
  );

  r.post(
    '/api/auth/second-factor',
    {
      config: { access: 'signing-in' },
      schema: { tags: ['auth'], body: totpCodeBody, response: { 200: sessionInfo } },
    },
    async (request, reply) => {
      const caller = callerOf(request);
      if (request.sessionState !== 'second-factor') {
        throw unauthorized('This session is not waiting for a second factor.');
      }
      const outcome = await completeSecondFactor(
        db,
        config,
        request.sessionToken!,
        caller.staffId,
        request.body.code,
      );
      setCookie(reply, outcome.token);
      return outcome.body;
    },
  );

  r.get(
    '/api/auth/session',
    {
      config: { access: 'signing-in' },
      schema: { tags: ['auth'], response: { 200: sessionInfo } },
    },
    async (request) => {
      const caller = callerOf(request);
      return {
        user: toMe(caller),
        csrfToken: caller.csrfToken,
        ...stateFlags(request.sessionState ?? 'active'),
      };
    },
  );

  r.post(
    '/api/auth/logout',
    { config: { access: 'signing-in' }, schema: { tags: ['auth'] } },
    async (request, reply) => {
      if (request.sessionToken) await endSession(db, request.sessionToken);
      reply.clearCookie(SESSION_COOKIE, {
        path: '/',
        httpOnly: true,
        sameSite: 'strict',
        secure: config.productionMode ? true : 'auto',
      });
      return reply.status(204).send();
    },
  );

  r.get('/api/me', { schema: { tags: ['auth'], response: { 200: me } } }, async (request) =>
    toMe(callerOf(request)),
  );

  r.post(
    '/api/me/second-factor/enrol',
    {
      config: { access: 'signing-in' },
      schema: { tags: ['auth'], response: { 200: totpEnrolment } },
    },
    async (request) => {
      const caller = callerOf(request);
      // A session locked for self-fill is in the person's hands: no changes to the account.
      // A session waiting for a new password sets that first.
      if (
        request.sessionState === 'second-factor' ||
        request.sessionState === 'self-fill' ||
        request.sessionState === 'password-change'
      )
        throw unauthorized();
      return startEnrolment(db, caller.staffId, caller.username);
    },
  );

  r.post(
    '/api/me/second-factor/confirm',
    {
      config: { access: 'signing-in' },
      schema: { tags: ['auth'], body: totpCodeBody, response: { 200: me } },
    },
    async (request) => {
      const caller = callerOf(request);
      // A session locked for self-fill is in the person's hands: no changes to the account.
      // A session waiting for a new password sets that first.
      if (
        request.sessionState === 'second-factor' ||
        request.sessionState === 'self-fill' ||
        request.sessionState === 'password-change'
      )
        throw unauthorized();
      await confirmEnrolment(db, caller.staffId, request.body.code);
      if (request.sessionState === 'enrolment') {
        await setSessionState(db, request.sessionToken!, 'active');
      }
      return { ...toMe(caller), secondFactorEnabled: true };
    },
  );

  // auth: the user's own password change (decision 0012)
  passwordChangeRoutes(app, db, config);
}
