import type { Db } from '../db/database.ts';

/**
 * Growing delays after failed sign-ins (NIST 800-63B 5.2.2): none for the first five, then
 * 1, 2, 4 … seconds up to 15 minutes, so a hundred guesses take many hours. Kept per user name
 * whether or not the name exists, so throttling itself reveals nothing.
 */
const FREE_FAILURES = 5;
const MAX_DELAY_SECONDS = 15 * 60;

export function delayAfter(failures: number): number {
  if (failures < FREE_FAILURES) return 0;
  return Math.min(2 ** (failures - FREE_FAILURES), MAX_DELAY_SECONDS);
}

/**
 * Claims one sign-in attempt for this name: 0 when it may go ahead (the attempt is counted as
 * a failure until a successful sign-in clears the count), else the seconds to wait (nothing is
 * counted). The check and the count happen under one row lock, before the password is
 * verified, so parallel guesses queue behind the throttle instead of all passing a check that
 * none of them has updated yet.
 */
export async function claimAttempt(db: Db, username: string): Promise<number> {
  return db.transaction().execute(async (trx) => {
    await trx
      .insertInto('login_throttle')
      .values({ username, failures: 0, next_allowed_at: new Date(0), updated_at: new Date() })
      .onConflict((oc) => oc.column('username').doNothing())
      .execute();
    const row = await trx
      .selectFrom('login_throttle')
      .select(['failures', 'next_allowed_at'])
      .where('username', '=', username)
      .forUpdate()
      .executeTakeFirstOrThrow();
    const now = Date.now();
    const wait = new Date(row.next_allowed_at).getTime() - now;
    if (wait > 0) return Math.ceil(wait / 1000);
    const failures = row.failures + 1;
    await trx
      .updateTable('login_throttle')
      .set({
        failures,
        next_allowed_at: new Date(now + delayAfter(failures) * 1000),
        updated_at: new Date(now),
      })
      .where('username', '=', username)
      .execute();
    return 0;
  });
}

export async function clearFailures(db: Db, username: string): Promise<void> {
  await db.deleteFrom('login_throttle').where('username', '=', username).execute();
}
