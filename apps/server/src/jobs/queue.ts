import { sql } from 'kysely';
import type { Db } from '../db/database.ts';

/**
 * A small job queue in PostgreSQL (P6, docs/decisions/0007): jobs are rows, so they survive a
 * restart, and whatever fell due while the server was down runs as soon as it is back. Workers
 * claim due rows with FOR UPDATE SKIP LOCKED under a lease; a worker that dies mid-job leaves
 * the lease to run out and the job is claimed again. Handlers must be idempotent.
 */

export interface JobInput {
  kind: string;
  payload?: Record<string, unknown>;
  runAt: Date;
  /** At most one job per key, ever: scheduling the same reminder twice is a no-op. */
  dedupeKey?: string;
  maxAttempts?: number;
}

export interface ClaimedJob {
  id: string;
  kind: string;
  payload: Record<string, unknown>;
  attempts: number;
  maxAttempts: number;
}

/** Inserts a job (in the caller's transaction, so it commits with the work that needs it). */
export async function enqueueJob(db: Db, job: JobInput): Promise<void> {
  await db
    .insertInto('job')
    .values({
      kind: job.kind,
      payload: JSON.stringify(job.payload ?? {}),
      run_at: job.runAt,
      dedupe_key: job.dedupeKey ?? null,
      ...(job.maxAttempts ? { max_attempts: job.maxAttempts } : {}),
    })
    .onConflict((oc) => oc.column('dedupe_key').doNothing())
    .execute();
}

/**
 * Claims up to `limit` due jobs for `leaseMs`. SKIP LOCKED lets several workers (processes or
 * servers) claim side by side without waiting for or double-taking each other's rows.
 */
export async function claimDueJobs(
  db: Db,
  now: Date,
  options: { limit: number; leaseMs: number },
): Promise<ClaimedJob[]> {
  const leaseUntil = new Date(now.getTime() + options.leaseMs);
  const { rows } = await sql<{
    id: string;
    kind: string;
    payload: Record<string, unknown>;
    attempts: number;
    max_attempts: number;
  }>`
    update job set locked_until = ${leaseUntil}, attempts = attempts + 1
    where id in (
      select id from job
      where done_at is null and failed_at is null and run_at <= ${now}
        and (locked_until is null or locked_until <= ${now})
      order by run_at, id
      limit ${options.limit}
      for update skip locked)
    returning id, kind, payload, attempts, max_attempts`.execute(db);
  return rows.map((r) => ({
    id: String(r.id),
    kind: r.kind,
    payload: r.payload,
    attempts: r.attempts,
    maxAttempts: r.max_attempts,
  }));
}

/** Back-off after the n-th failed attempt: 30 s, 1 min, 2 min … at most 6 hours. */
export function retryDelayMs(attempts: number): number {
  return Math.min(30_000 * 2 ** Math.max(0, attempts - 1), 6 * 60 * 60_000);
}

export async function completeJob(db: Db, id: string, now: Date): Promise<void> {
  await db
    .updateTable('job')
    .set({ done_at: now, locked_until: null, last_error: null })
    .where('id', '=', id)
    .execute();
}

/** A recurring job keeps its row: the next run is the same job, with a fresh attempt count. */
export async function rescheduleJob(db: Db, id: string, runAt: Date): Promise<void> {
  await db
    .updateTable('job')
    .set({ run_at: runAt, attempts: 0, locked_until: null, last_error: null })
    .where('id', '=', id)
    .execute();
}

export async function failJob(db: Db, job: ClaimedJob, now: Date, error: unknown): Promise<void> {
  const message = error instanceof Error ? error.message : String(error);
  const giveUp = job.attempts >= job.maxAttempts;
  await db
    .updateTable('job')
    .set({
      locked_until: null,
      last_error: message.slice(0, 2000),
      ...(giveUp
        ? { failed_at: now }
        : { run_at: new Date(now.getTime() + retryDelayMs(job.attempts)) }),
    })
    .where('id', '=', job.id)
    .execute();
}
