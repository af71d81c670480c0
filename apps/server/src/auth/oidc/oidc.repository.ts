import { createHash } from 'node:crypto';
import type { Db } from '../../db/database.ts';

const LOGIN_LIFETIME_MS = 10 * 60 * 1000;
const hashState = (state: string) => createHash('sha256').update(state).digest('hex');

export async function savePendingLogin(
  db: Db,
  login: { state: string; nonce: string; codeVerifier: string },
  now = new Date(),
): Promise<void> {
  await db.deleteFrom('oidc_login').where('expires_at', '<', now).execute();
  await db
    .insertInto('oidc_login')
    .values({
      state_hash: hashState(login.state),
      nonce: login.nonce,
      code_verifier: login.codeVerifier,
      expires_at: new Date(now.getTime() + LOGIN_LIFETIME_MS),
    })
    .execute();
}

/** Takes the pending sign-in for this state, once: a second call with it finds nothing. */
export function takePendingLogin(db: Db, state: string, now = new Date()) {
  return db
    .deleteFrom('oidc_login')
    .where('state_hash', '=', hashState(state))
    .where('expires_at', '>', now)
    .returning(['nonce', 'code_verifier'])
    .executeTakeFirst();
}

/** The account the identity provider's identifier belongs to, if it may sign in. */
export function findStaffByExternalId(db: Db, externalId: string) {
  return db
    .selectFrom('staff')
    .select(['id', 'is_demo'])
    .where('external_id', '=', externalId)
    .where('disabled_at', 'is', null)
    .executeTakeFirst();
}
