/**
 * The sessions this process has just read, kept for one second so a user's burst of requests
 * (a page load calls several routes) costs one session lookup instead of one each — measured as
 * a whole statement per request in the persons-read benchmark (docs/benchmarks.md).
 *
 * Every change this process makes to a session or an account forgets the entries it concerns at
 * once (session-store.ts, the staff repository, password change, enrolment, unit and
 * organisation renames), so within one process a sign-out, a disabled account or a new role
 * takes effect on the next request. A change made by another process, or straight in the
 * database, is seen at the latest when the entry runs out (decision 0005).
 */
import type { Caller } from '../access/caller.ts';
import type { SessionState } from './session-store.ts';

/** How long an entry is trusted. Short: it bounds how late another process's change is seen. */
export const SESSION_CACHE_MS = 1000;
/** Entries kept at most; past this, expired ones are swept and then the oldest dropped. */
const MAX_ENTRIES = 10_000;

export interface CachedSession {
  caller: Caller;
  state: SessionState;
  /** Epoch ms, as read from the row: the idle and absolute limits are checked on every hit. */
  lastSeenAt: number;
  expiresAt: number;
}

interface Entry {
  session: CachedSession;
  /** When the row was read (epoch ms): trusted until loadedAt + SESSION_CACHE_MS. */
  loadedAt: number;
}

export class SessionCache {
  private readonly entries = new Map<string, Entry>();
  /** Counts forgettings, so a read that raced with one is not kept (see `set`). */
  private generation = 0;

  constructor(
    private readonly ttlMs: number = SESSION_CACHE_MS,
    private readonly now: () => number = Date.now,
  ) {}

  /** The session read for this token hash less than the time-to-live ago, if any. */
  get(id: string): CachedSession | undefined {
    const entry = this.entries.get(id);
    if (!entry) return undefined;
    if (this.now() - entry.loadedAt >= this.ttlMs) {
      this.entries.delete(id);
      return undefined;
    }
    return entry.session;
  }

  /** Taken before reading a row; `set` keeps the row only if nothing was forgotten since. */
  mark(): { generation: number; at: number } {
    return { generation: this.generation, at: this.now() };
  }

  set(id: string, session: CachedSession, readSince: { generation: number; at: number }): void {
    if (readSince.generation !== this.generation) return;
    if (this.entries.size >= MAX_ENTRIES) this.sweep();
    const loadedAt = readSince.at;
    this.entries.set(id, { session, loadedAt });
  }

  /** One session (sign-out, a changed state). */
  forget(id: string): void {
    this.generation++;
    this.entries.delete(id);
  }

  /** Every session of one account (disabled, moved, new role, new password, renamed). */
  forgetStaff(staffId: string): void {
    this.generation++;
    for (const [id, entry] of this.entries) {
      if (entry.session.caller.staffId === staffId) this.entries.delete(id);
    }
  }

  /** Everything (a unit or an organisation renamed: its name is in every caller of it). */
  clear(): void {
    this.generation++;
    this.entries.clear();
  }

  get size(): number {
    return this.entries.size;
  }

  private sweep(): void {
    const now = this.now();
    for (const [id, entry] of this.entries) {
      if (now - entry.loadedAt >= this.ttlMs) this.entries.delete(id);
    }
    // Still full (more live sessions than the cap within a second): drop the oldest half.
    if (this.entries.size >= MAX_ENTRIES) {
      const oldest = [...this.entries.keys()].slice(0, MAX_ENTRIES / 2);
      for (const id of oldest) this.entries.delete(id);
    }
  }
}

/**
 * The process's cache. Keys are SHA-256 hashes of random 256-bit tokens and staff ids are uuids,
 * so apps of several databases in one process (the tests) never see each other's entries.
 */
export const sessionCache = new SessionCache();

/** For changes to accounts and units made outside session-store.ts. */
export const forgetCachedSessionsOf = (staffId: string) => sessionCache.forgetStaff(staffId);
export const forgetAllCachedSessions = () => sessionCache.clear();
