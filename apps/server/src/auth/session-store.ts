import { createHash, randomBytes } from 'node:crypto';
import type { Role } from '@vardflata/contracts';
import type { Caller } from '../access/caller.ts';
import type { Db } from '../db/database.ts';
import { sessionCache } from './session-cache.ts';

/** 'self-fill': locked while the person fills in a questionnaire (modules/self-fill). */
export type SessionState =
  'active' | 'second-factor' | 'enrolment' | 'self-fill' | 'password-change';

export interface SessionLifetimes {
  sessionIdleSeconds: number;
  sessionAbsoluteSeconds: number;
}

/** The database keeps only a hash of the cookie's token: a leaked table opens no session. */
const hashToken = (token: string) => createHash('sha256').update(token).digest('hex');

// last_seen_at is written at most this often, so reads do not all become writes.
const TOUCH_INTERVAL_MS = 30_000;

export async function createSession(
  db: Db,
  staffId: string,
  state: SessionState,
  lifetimes: SessionLifetimes,
): Promise<{ token: string; csrfToken: string }> {
  const token = randomBytes(32).toString('base64url');
  const csrfToken = randomBytes(32).toString('base64url');
  const now = Date.now();
  await db
    .insertInto('session')
    .values({
      id: hashToken(token),
      staff_id: staffId,
      csrf_token: csrfToken,
      state,
      last_seen_at: new Date(now),
      expires_at: new Date(now + lifetimes.sessionAbsoluteSeconds * 1000),
    })
    .execute();
  return { token, csrfToken };
}

// Each change forgets the cached copy before and after writing, so a read racing the write
// is not kept (session-cache.ts).
export async function endSession(db: Db, token: string): Promise<void> {
  sessionCache.forget(hashToken(token));
  await db.deleteFrom('session').where('id', '=', hashToken(token)).execute();
  sessionCache.forget(hashToken(token));
}

export async function endSessionsOf(db: Db, staffId: string): Promise<void> {
  sessionCache.forgetStaff(staffId);
  await db.deleteFrom('session').where('staff_id', '=', staffId).execute();
  sessionCache.forgetStaff(staffId);
}

export async function setSessionState(db: Db, token: string, state: SessionState): Promise<void> {
  sessionCache.forget(hashToken(token));
  await db.updateTable('session').set({ state }).where('id', '=', hashToken(token)).execute();
  sessionCache.forget(hashToken(token));
}

/**
 * The caller behind a session token, or null when there is none, it has been idle too long,
 * passed its absolute lifetime, or its account is disabled (then it is deleted at once).
 * A session read in the last second comes from the cache while it needs no write.
 */
export async function loadSession(
  db: Db,
  token: string,
  lifetimes: SessionLifetimes,
): Promise<{ caller: Caller; state: SessionState } | null> {
  const id = hashToken(token);
  const cached = sessionCache.get(id);
  if (cached && !needsWrite(cached.lastSeenAt, cached.expiresAt, lifetimes, Date.now())) {
    return { caller: cached.caller, state: cached.state };
  }
  const readSince = sessionCache.mark();
  const row = await db
    .selectFrom('session as s')
    .innerJoin('staff as st', 'st.id', 's.staff_id')
    .leftJoin('unit as u', 'u.id', 'st.unit_id')
    .leftJoin('organisation as o', 'o.id', 'st.organisation_id')
    .select([
      's.state',
      's.csrf_token',
      's.last_seen_at',
      's.expires_at',
      'st.id as staff_id',
      'st.username',
      'st.name',
      'st.role',
      'st.unit_id',
      'u.name as unit_name',
      'st.organisation_id',
      'o.name as organisation_name',
      'o.kind as organisation_kind',
      'st.may_view_protected_identity',
      'st.totp_enabled',
      'st.disabled_at',
    ])
    .where('s.id', '=', id)
    .executeTakeFirst();
  if (!row) return null;

  const now = Date.now();
  let lastSeen = new Date(row.last_seen_at).getTime();
  const expiresAt = new Date(row.expires_at).getTime();
  if (row.disabled_at !== null || expired(lastSeen, expiresAt, lifetimes, now)) {
    sessionCache.forget(id);
    await db.deleteFrom('session').where('id', '=', id).execute();
    return null;
  }
  if (now - lastSeen > TOUCH_INTERVAL_MS) {
    await db
      .updateTable('session')
      .set({ last_seen_at: new Date(now) })
      .where('id', '=', id)
      .execute();
    lastSeen = now;
  }
  const session = {
    state: row.state,
    caller: {
      staffId: row.staff_id,
      username: row.username,
      name: row.name,
      role: row.role as Role,
      unitId: row.unit_id,
      unitName: row.unit_name,
      organisationId: row.organisation_id,
      organisationName: row.organisation_name,
      organisationKind: row.organisation_kind,
      mayViewProtectedIdentity: row.may_view_protected_identity,
      secondFactorEnabled: row.totp_enabled,
      sessionId: id,
      csrfToken: row.csrf_token,
    },
  };
  // Frozen: the same caller object serves the requests of the next second.
  Object.freeze(session.caller);
  sessionCache.set(id, { ...session, lastSeenAt: lastSeen, expiresAt }, readSince);
  return session;
}

function expired(lastSeen: number, expiresAt: number, lifetimes: SessionLifetimes, now: number) {
  return now - lastSeen > lifetimes.sessionIdleSeconds * 1000 || now >= expiresAt;
}

/** A cached session is used only while serving it writes nothing: not expired, not due a touch. */
function needsWrite(lastSeen: number, expiresAt: number, lifetimes: SessionLifetimes, now: number) {
  return expired(lastSeen, expiresAt, lifetimes, now) || now - lastSeen > TOUCH_INTERVAL_MS;
}
