import { sql } from 'kysely';
import type { Db } from '../db/database.ts';

/**
 * Sign-in throttling (NIST 800-63B 5.2.2; decision 0012). Three limits, all counted before the
 * password is verified and all kept whether or not the name exists, so throttling reveals
 * nothing about which names are real:
 *
 * 1. Growing delays per user name: none for the first five failures, then 1, 2, 4 … seconds up
 *    to 15 minutes.
 * 2. A hard lock per user name after LOCK_AFTER_FAILURES consecutive failures, lifted by an
 *    administrator (`POST /api/staff/:id/unlock`) or after LOCK_SECONDS. Time-bounded so that an
 *    outsider who knows a user name cannot hold the account shut for ever; reaching it takes
 *    about a day of guessing at the capped delay, during which one successful sign-in by the
 *    owner starts the count over.
 * 3. Per client address: at most ADDRESS_FAILURES failed sign-ins in a window of
 *    ADDRESS_WINDOW_SECONDS, whatever the names — one address cannot walk a list of names.
 *
 * Every function takes `now`: the caller's clock (config.clock), so tests need no sleeping.
 */
const FREE_FAILURES = 5;
const MAX_DELAY_SECONDS = 15 * 60;
export const LOCK_AFTER_FAILURES = 100;
export const LOCK_SECONDS = 24 * 60 * 60;
export const ADDRESS_FAILURES = 50;
export const ADDRESS_WINDOW_SECONDS = 15 * 60;

export function delayAfter(failures: number): number {
  if (failures < FREE_FAILURES) return 0;
  return Math.min(2 ** (failures - FREE_FAILURES), MAX_DELAY_SECONDS);
}

const secondsUntil = (then: Date | string, now: Date) =>
  Math.ceil((new Date(then).getTime() - now.getTime()) / 1000);

/**
 * Claims one sign-in attempt for this name from this address: 0 when it may go ahead (it is
 * counted as a failure until a successful sign-in clears the name's count), else the seconds
 * to wait (nothing is counted). Checks and counts happen under row locks — the address's, then
 * the name's, always in that order — so parallel guesses queue behind the throttle instead of
 * all passing a check that none of them has updated yet.
 */
export async function claimAttempt(
  db: Db,
  username: string,
  address: string | null = null,
  now: Date = new Date(),
): Promise<number> {
  return db.transaction().execute(async (trx) => {
    // No address: a password asked inside a session (self-fill hand-back), counted by name only.
    const byAddress = address ? await claimAddress(trx, address, now) : null;
    if (byAddress && byAddress.wait > 0) return byAddress.wait;

    await trx
      .insertInto('login_throttle')
      .values({ username, failures: 0, next_allowed_at: new Date(0), updated_at: now })
      .onConflict((oc) => oc.column('username').doNothing())
      .execute();
    const byName = await trx
      .selectFrom('login_throttle')
      .select(['failures', 'next_allowed_at', 'locked_until'])
      .where('username', '=', username)
      .forUpdate()
      .executeTakeFirstOrThrow();
    if (byName.locked_until && secondsUntil(byName.locked_until, now) > 0) {
      return secondsUntil(byName.locked_until, now);
    }
    // A lock that has run out starts the count over.
    const previous = byName.locked_until ? 0 : byName.failures;
    const wait = byName.locked_until ? 0 : secondsUntil(byName.next_allowed_at, now);
    if (wait > 0) return wait;

    const failures = previous + 1;
    const locked = failures >= LOCK_AFTER_FAILURES;
    await trx
      .updateTable('login_throttle')
      .set({
        failures,
        next_allowed_at: new Date(now.getTime() + delayAfter(failures) * 1000),
        locked_until: locked ? new Date(now.getTime() + LOCK_SECONDS * 1000) : null,
        updated_at: now,
      })
      .where('username', '=', username)
      .execute();
    if (address && byAddress) {
      await trx
        .updateTable('login_address_throttle')
        .set({
          failures: byAddress.windowOver ? 1 : byAddress.failures + 1,
          window_started_at: byAddress.windowOver ? now : byAddress.windowStartedAt,
          updated_at: now,
        })
        .where('address', '=', address)
        .execute();
    }
    return 0;
  });
}

/** The address's row, locked: its count, window and the wait when the window is full. */
async function claimAddress(trx: Db, address: string, now: Date) {
  await trx
    .insertInto('login_address_throttle')
    .values({ address, failures: 0, window_started_at: now, updated_at: now })
    .onConflict((oc) => oc.column('address').doNothing())
    .execute();
  const row = await trx
    .selectFrom('login_address_throttle')
    .select(['failures', 'window_started_at'])
    .where('address', '=', address)
    .forUpdate()
    .executeTakeFirstOrThrow();
  const windowEnds = new Date(
    new Date(row.window_started_at).getTime() + ADDRESS_WINDOW_SECONDS * 1000,
  );
  const windowOver = windowEnds.getTime() <= now.getTime();
  const full = !windowOver && row.failures >= ADDRESS_FAILURES;
  return {
    failures: row.failures,
    windowStartedAt: new Date(row.window_started_at),
    windowOver,
    wait: full ? secondsUntil(windowEnds, now) : 0,
  };
}

/**
 * A successful sign-in: the name's count starts over, and the address takes back the one
 * attempt this sign-in claimed — it was no failure, so a reception where everyone signs in from
 * one address is never shut out. Earlier failures stay counted: one good account must not buy
 * an address more guesses at other names.
 */
export async function clearFailures(
  db: Db,
  username: string,
  address: string | null = null,
): Promise<void> {
  await db.deleteFrom('login_throttle').where('username', '=', username).execute();
  if (!address) return;
  await db
    .updateTable('login_address_throttle')
    .set((eb) => ({ failures: sql<number>`greatest(${eb.ref('failures')} - 1, 0)` }))
    .where('address', '=', address)
    .execute();
}

/** Whether a name is under the hard lock at `now` (for the administrator's account list). */
export async function lockedUsernames(db: Db, now: Date): Promise<Set<string>> {
  const rows = await db
    .selectFrom('login_throttle')
    .select('username')
    .where('locked_until', '>', now)
    .execute();
  return new Set(rows.map((r) => r.username));
}

/**
 * The background purge: rows that no longer hold anything back. A name's row goes a day after
 * its last failure once no delay or lock is running; an address's once its window is over.
 */
export async function purgeLoginThrottle(db: Db, now: Date): Promise<number> {
  const dayAgo = new Date(now.getTime() - 24 * 60 * 60 * 1000);
  const names = await db
    .deleteFrom('login_throttle')
    .where('updated_at', '<', dayAgo)
    .where('next_allowed_at', '<', now)
    .where((eb) => eb.or([eb('locked_until', 'is', null), eb('locked_until', '<', now)]))
    .executeTakeFirst();
  const windowAgo = new Date(now.getTime() - ADDRESS_WINDOW_SECONDS * 1000);
  const addresses = await db
    .deleteFrom('login_address_throttle')
    .where('window_started_at', '<', windowAgo)
    .executeTakeFirst();
  return Number(names.numDeletedRows) + Number(addresses.numDeletedRows);
}
