import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { changePasswordBody, sessionInfo } from '@vardflata/contracts';
import type { Config } from '../config.ts';
import type { Db } from '../db/database.ts';
import { HttpProblem, unauthorized } from '../http/problem.ts';
import { callerOf } from './auth.plugin.ts';
import { stateAfterSecondFactor, stateFlags } from './auth.service.ts';
import { toMe } from './me.ts';
import { hashPassword, verifyPassword } from './password.ts';
import { forgetCachedSessionsOf } from './session-cache.ts';
import { setSessionState, type SessionState } from './session-store.ts';

const refused = (path: string, message: string) =>
  new HttpProblem(422, 'The password was not changed.', { errors: [{ path, message }] });

/**
 * `POST /api/me/password`: the user chooses her own password (decision 0012). At a first
 * sign-in, or after an administrator set the password, the session waits in 'password-change'
 * and nothing else opens until this is done; the one-time password cannot be chosen again. A
 * signed-in user may change hers at any time by giving the current one. Every other session of
 * the account ends.
 */
export function passwordChangeRoutes(app: FastifyInstance, db: Db, config: Config) {
  app.withTypeProvider<ZodTypeProvider>().post(
    '/api/me/password',
    {
      config: { access: 'signing-in' },
      schema: { tags: ['auth'], body: changePasswordBody, response: { 200: sessionInfo } },
    },
    async (request) => {
      const caller = callerOf(request);
      const state = request.sessionState;
      if (state !== 'active' && state !== 'password-change') throw unauthorized();
      const staff = await db
        .selectFrom('staff')
        .select(['password_hash', 'totp_enabled', 'must_enrol_second_factor'])
        .where('id', '=', caller.staffId)
        .executeTakeFirstOrThrow();
      const { currentPassword, newPassword } = request.body;
      if (state === 'active') {
        if (!currentPassword) throw refused('currentPassword', 'required');
        if (!(await verifyPassword(staff.password_hash, currentPassword))) {
          throw refused('currentPassword', 'wrong password');
        }
      }
      if (await verifyPassword(staff.password_hash, newPassword)) {
        throw refused('newPassword', 'must differ from the current password');
      }
      const passwordHash = await hashPassword(newPassword);
      const next: SessionState =
        state === 'password-change'
          ? stateAfterSecondFactor(config, { ...staff, must_change_password: false })
          : 'active';
      await db.transaction().execute(async (trx) => {
        await trx
          .updateTable('staff')
          .set({ password_hash: passwordHash, must_change_password: false })
          .where('id', '=', caller.staffId)
          .execute();
        await trx
          .deleteFrom('session')
          .where('staff_id', '=', caller.staffId)
          .where('id', '!=', caller.sessionId)
          .execute();
      });
      forgetCachedSessionsOf(caller.staffId);
      if (next !== state) await setSessionState(db, request.sessionToken!, next);
      return { user: toMe(caller), csrfToken: caller.csrfToken, ...stateFlags(next) };
    },
  );
}
