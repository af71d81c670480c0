import type { LoginResponse } from '@vardflata/contracts';
import type { Config } from '../config.ts';
import type { Db } from '../db/database.ts';
import { HttpProblem, unauthorized } from '../http/problem.ts';
import { dummyPasswordHash, verifyPassword } from './password.ts';
import { forgetCachedSessionsOf } from './session-cache.ts';
import { createSession, endSession, loadSession, type SessionState } from './session-store.ts';
import { claimAttempt, clearFailures } from './throttle.ts';
import { generateTotpSecret, otpauthUri, verifyTotp } from './totp.ts';
import { toMe } from './me.ts';

const WRONG_CREDENTIALS = 'Wrong user name or password.';
export const AWAITS_APPROVAL = "The account awaits a second administrator's approval.";

export interface LoginOutcome {
  token: string;
  body: LoginResponse;
}

/** Proposals that keep an account from signing in until a second administrator approves. */
const BLOCKING_PROPOSALS = new Set(['account', 'password', 'second-factor']);

/**
 * Where a session starts after the password (decision 0012): the second factor when one is
 * enrolled; else a password chosen by an administrator must be changed first; else a second
 * factor must be enrolled when production mode or an administrator's setup asks for one.
 */
export function stateAfterPassword(
  config: Config,
  staff: {
    totp_enabled: boolean;
    must_change_password: boolean;
    must_enrol_second_factor: boolean;
  },
): SessionState {
  if (staff.totp_enabled) return 'second-factor';
  return stateAfterSecondFactor(config, staff);
}

/** The state once the password (and any enrolled second factor) has been given. */
export function stateAfterSecondFactor(
  config: Config,
  staff: {
    totp_enabled: boolean;
    must_change_password: boolean;
    must_enrol_second_factor: boolean;
  },
): SessionState {
  if (staff.must_change_password) return 'password-change';
  if (!staff.totp_enabled && (config.productionMode || staff.must_enrol_second_factor)) {
    return 'enrolment';
  }
  return 'active';
}

/** The sign-in answer's flags for a session state (the shape api.md promises, plus hints). */
export function stateFlags(state: SessionState) {
  return {
    secondFactorRequired: state !== 'active',
    ...(state === 'enrolment' ? { secondFactorEnrolmentRequired: true } : {}),
    ...(state === 'password-change' ? { passwordChangeRequired: true } : {}),
  };
}

/**
 * Password sign-in. Unknown names, wrong passwords, disabled accounts and (in production)
 * demo accounts all get the same 401 after the same argon2 work. Throttled per name and per
 * client address (throttle.ts) before the password is checked.
 */
export async function login(
  db: Db,
  config: Config,
  rawUsername: string,
  password: string,
  address: string,
) {
  const username = rawUsername.trim().toLowerCase();
  // Counted as a failure from here on, until the sign-in succeeds.
  const wait = await claimAttempt(db, username, address, config.clock());
  if (wait > 0) {
    throw new HttpProblem(429, `Too many failed attempts. Try again in ${wait} seconds.`, {
      retryAfterSeconds: wait,
    });
  }
  const staff = await db
    .selectFrom('staff')
    .select([
      'id',
      'password_hash',
      'disabled_at',
      'is_demo',
      'totp_enabled',
      'proposal',
      'must_change_password',
      'must_enrol_second_factor',
    ])
    .where('username', '=', username)
    .executeTakeFirst();
  const passwordOk = await verifyPassword(
    staff?.password_hash ?? (await dummyPasswordHash()),
    password,
  );
  const refused =
    !staff || !passwordOk || staff.disabled_at !== null || (config.productionMode && staff.is_demo);
  if (refused) throw unauthorized(WRONG_CREDENTIALS);
  await clearFailures(db, username, address);
  // Only someone who knows the password learns this; a stranger sees the same 401 as ever.
  if (staff.proposal !== null && BLOCKING_PROPOSALS.has(staff.proposal)) {
    throw unauthorized(AWAITS_APPROVAL);
  }

  const state = stateAfterPassword(config, staff);
  const { token, csrfToken } = await createSession(db, staff.id, state, config);
  const session = await loadSession(db, token, config);
  return {
    token,
    body: { user: session ? toMe(session.caller) : null, csrfToken, ...stateFlags(state) },
  } satisfies LoginOutcome;
}

/** Checks a TOTP code, refusing a code (step) that was already used. */
async function checkCode(db: Db, staffId: string, code: string, requireEnabled: boolean) {
  const staff = await db
    .selectFrom('staff')
    .select(['totp_secret', 'totp_enabled'])
    .where('id', '=', staffId)
    .executeTakeFirstOrThrow();
  if (!staff.totp_secret || (requireEnabled && !staff.totp_enabled)) {
    throw new HttpProblem(400, 'No second factor is being set up for this account.', {
      errors: [{ path: 'code', message: 'no second factor to check against' }],
    });
  }
  const wrongCode = () => unauthorized('The code is wrong or has already been used.');
  const step = verifyTotp(staff.totp_secret, code);
  if (step === null) throw wrongCode();
  // Checking and consuming the step is one conditional update, so of two requests racing with
  // the same code only one gets through.
  const consumed = await db
    .updateTable('staff')
    .set({ totp_last_step: String(step) })
    .where('id', '=', staffId)
    .where((eb) =>
      eb.or([eb('totp_last_step', 'is', null), eb('totp_last_step', '<', String(step))]),
    )
    .executeTakeFirst();
  if (consumed.numUpdatedRows === 0n) throw wrongCode();
}

/** Completes a sign-in with the second factor: a fresh session id and CSRF token. */
export async function completeSecondFactor(
  db: Db,
  config: Config,
  oldToken: string,
  staffId: string,
  code: string,
) {
  await checkCode(db, staffId, code, true);
  await endSession(db, oldToken);
  const staff = await db
    .selectFrom('staff')
    .select(['totp_enabled', 'must_change_password', 'must_enrol_second_factor'])
    .where('id', '=', staffId)
    .executeTakeFirstOrThrow();
  const state = stateAfterSecondFactor(config, staff);
  const { token, csrfToken } = await createSession(db, staffId, state, config);
  const session = await loadSession(db, token, config);
  if (!session) throw unauthorized();
  return { token, body: { user: toMe(session.caller), csrfToken, ...stateFlags(state) } };
}

/** Starts (or restarts, before confirmation) enrolment; an enabled factor is reset by an
 * administrator, never replaced from a session that may have been left open. */
export async function startEnrolment(db: Db, staffId: string, username: string) {
  const current = await db
    .selectFrom('staff')
    .select('totp_enabled')
    .where('id', '=', staffId)
    .executeTakeFirstOrThrow();
  if (current.totp_enabled) {
    throw new HttpProblem(
      409,
      'A second factor is already enrolled; an administrator can reset it.',
    );
  }
  const secret = generateTotpSecret();
  await db
    .updateTable('staff')
    .set({ totp_secret: secret, totp_enabled: false, totp_last_step: null })
    .where('id', '=', staffId)
    .execute();
  forgetCachedSessionsOf(staffId);
  return { secret, otpauthUri: otpauthUri(secret, username) };
}

export async function confirmEnrolment(db: Db, staffId: string, code: string) {
  await checkCode(db, staffId, code, false);
  await db
    .updateTable('staff')
    .set({ totp_enabled: true, must_enrol_second_factor: false })
    .where('id', '=', staffId)
    .execute();
  forgetCachedSessionsOf(staffId);
}
