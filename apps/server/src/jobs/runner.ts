import type { Db } from '../db/database.ts';
import { JOB_HANDLERS, RECURRING_JOBS, type JobHandler } from './handlers.ts';
import { claimDueJobs, completeJob, enqueueJob, failJob, rescheduleJob } from './queue.ts';

export interface RunSummary {
  succeeded: number;
  retried: number;
  failed: number;
}

/**
 * Runs every job due at `now` (tests pass a `now` of their choosing). Each job's work and its
 * completion commit in one transaction, so a crash between them runs the job again rather
 * than losing it — which is why handlers are idempotent.
 */
export async function runDueJobs(
  db: Db,
  now: Date = new Date(),
  options: { handlers?: Record<string, JobHandler>; limit?: number; leaseMs?: number } = {},
): Promise<RunSummary> {
  const handlers = options.handlers ?? JOB_HANDLERS;
  const summary: RunSummary = { succeeded: 0, retried: 0, failed: 0 };
  const seen = new Set<string>();
  for (;;) {
    const jobs = await claimDueJobs(db, now, {
      limit: options.limit ?? 20,
      leaseMs: options.leaseMs ?? 5 * 60_000,
    });
    // A job that comes round again in the same pass (rescheduled to a time already due) waits
    // for the next pass instead of spinning here.
    const fresh = jobs.filter((j) => !seen.has(j.id));
    if (fresh.length === 0) break;
    for (const job of fresh) {
      seen.add(job.id);
      const handler = handlers[job.kind];
      try {
        if (!handler) throw new Error(`no handler for job kind '${job.kind}'`);
        await db.transaction().execute(async (trx) => {
          const result = await handler(trx, job.payload, { now, jobId: job.id });
          if (result && result.rescheduleAt) await rescheduleJob(trx, job.id, result.rescheduleAt);
          else await completeJob(trx, job.id, now);
        });
        summary.succeeded += 1;
      } catch (error) {
        await failJob(db, job, now, error);
        if (job.attempts >= job.maxAttempts) summary.failed += 1;
        else summary.retried += 1;
      }
    }
  }
  return summary;
}

/** Makes sure every recurring job has its row (and revives one that gave up). */
export async function ensureRecurringJobs(db: Db, now: Date = new Date()): Promise<void> {
  for (const kind of RECURRING_JOBS) {
    await enqueueJob(db, { kind, runAt: now, dedupeKey: kind });
    await db
      .updateTable('job')
      .set({ failed_at: null, attempts: 0, run_at: now })
      .where('dedupe_key', '=', kind)
      .where('failed_at', 'is not', null)
      .execute();
  }
}

/** Polls for due jobs every `pollMilliseconds` until stopped; stop() waits for the pass. */
export function startJobRunner(
  db: Db,
  options: {
    pollMilliseconds: number;
    onError: (error: unknown) => void;
    handlers?: Record<string, JobHandler>;
  },
): { stop(): Promise<void> } {
  let stopped = false;
  let timer: NodeJS.Timeout | undefined;
  let pass: Promise<void> = ensureRecurringJobs(db).catch(options.onError);
  const tick = () => {
    pass = runDueJobs(db, new Date(), options.handlers ? { handlers: options.handlers } : {})
      .then(() => undefined)
      .catch(options.onError)
      .finally(() => {
        if (!stopped) timer = setTimeout(tick, options.pollMilliseconds);
      });
  };
  void pass.then(() => {
    if (!stopped) tick();
  });
  return {
    async stop() {
      stopped = true;
      if (timer) clearTimeout(timer);
      await pass;
    },
  };
}
