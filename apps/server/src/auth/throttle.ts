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

/** Seconds to wait before this name may try again; 0 when it may try now. */
export async function secondsUntilAllowed(db: Db, username: string): Promise<number> {
  const row = await db
    .selectFrom('login_throttle')
    .select('next_allowed_at')
    .where('username', '=', username)
    .executeTakeFirst();
  if (!row) return 0;
  const wait = new Date(row.next_allowed_at).getTime() - Date.now();
  return wait > 0 ? Math.ceil(wait / 1000) : 0;
}

export async function recordFailure(db: Db, username: string): Promise<void> {
  await db.transaction().execute(async (trx) => {
    const row = await trx
      .selectFrom('login_throttle')
      .select('failures')
      .where('username', '=', username)
      .forUpdate()
      .executeTakeFirst();
    const failures = (row?.failures ?? 0) + 1;
    const next = new Date(Date.now() + delayAfter(failures) * 1000);
    await trx
      .insertInto('login_throttle')
      .values({ username, failures, next_allowed_at: next, updated_at: new Date() })
      .onConflict((oc) =>
        oc.column('username').doUpdateSet({ failures, next_allowed_at: next, updated_at: new Date() }),
      )
      .execute();
  });
}

export async function clearFailures(db: Db, username: string): Promise<void> {
  await db.deleteFrom('login_throttle').where('username', '=', username).execute();
}
