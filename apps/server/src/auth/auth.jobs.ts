import type { Db } from '../db/database.ts';
import { purgeLoginThrottle } from './throttle.ts';

const PURGE_INTERVAL_MS = 60 * 60 * 1000;

/** auth: background jobs of sign-in — the hourly purge of spent throttle rows (decision 0012). */
export const AUTH_JOB_HANDLERS = {
  'auth.purge-login-throttle': async (
    trx: Db,
    _payload: Record<string, unknown>,
    { now }: { now: Date },
  ) => {
    await purgeLoginThrottle(trx, now);
    return { rescheduleAt: new Date(now.getTime() + PURGE_INTERVAL_MS) };
  },
};

export const AUTH_RECURRING_JOBS = ['auth.purge-login-throttle'] as const;
