import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { sql } from 'kysely';
import { startTestApp, type TestApp } from '../test/harness.ts';
import type { JobHandler } from './handlers.ts';
import { claimDueJobs, enqueueJob, retryDelayMs } from './queue.ts';
import { ensureRecurringJobs, runDueJobs, startJobRunner } from './runner.ts';

let t: TestApp;

beforeAll(async () => {
  t = await startTestApp({}, { seed: false });
});
afterAll(async () => t?.close());
// Each test starts from an empty queue (the migration's recurring scan included).
beforeEach(async () => {
  await t.db.deleteFrom('job').execute();
});

const at = (iso: string) => new Date(iso);
const jobRow = (key: string) =>
  t.db.selectFrom('job').selectAll().where('dedupe_key', '=', key).executeTakeFirstOrThrow();

describe('the job queue', () => {
  it('runs a job once it is due, and never twice', async () => {
    const ran: string[] = [];
    const handlers: Record<string, JobHandler> = {
      echo: async (_trx, payload) => {
        ran.push(String(payload.n));
      },
    };
    await enqueueJob(t.db, {
      kind: 'echo',
      payload: { n: 1 },
      runAt: at('2030-01-01T10:00:00Z'),
      dedupeKey: 'a',
    });
    await enqueueJob(t.db, {
      kind: 'echo',
      payload: { n: 1 },
      runAt: at('2030-01-01T10:00:00Z'),
      dedupeKey: 'a',
    });
    await enqueueJob(t.db, {
      kind: 'echo',
      payload: { n: 2 },
      runAt: at('2030-01-02T10:00:00Z'),
      dedupeKey: 'b',
    });
    expect(await runDueJobs(t.db, at('2030-01-01T09:59:59Z'), { handlers })).toEqual({
      succeeded: 0,
      retried: 0,
      failed: 0,
    });
    expect(await runDueJobs(t.db, at('2030-01-01T10:00:00Z'), { handlers })).toEqual({
      succeeded: 1,
      retried: 0,
      failed: 0,
    });
    expect(await runDueJobs(t.db, at('2030-01-03T00:00:00Z'), { handlers })).toEqual({
      succeeded: 1,
      retried: 0,
      failed: 0,
    });
    expect(await runDueJobs(t.db, at('2030-01-04T00:00:00Z'), { handlers })).toEqual({
      succeeded: 0,
      retried: 0,
      failed: 0,
    });
    expect(ran).toEqual(['1', '2']);
    expect((await jobRow('a')).done_at).toEqual(at('2030-01-01T10:00:00Z'));
  });

  it('retries a failing job with growing back-off, then gives up', async () => {
    let calls = 0;
    const handlers: Record<string, JobHandler> = {
      flaky: async () => {
        calls += 1;
        throw new Error(`attempt ${calls} failed`);
      },
    };
    await enqueueJob(t.db, {
      kind: 'flaky',
      runAt: at('2030-01-01T00:00:00Z'),
      dedupeKey: 'f',
      maxAttempts: 3,
    });
    let now = at('2030-01-01T00:00:00Z');
    expect((await runDueJobs(t.db, now, { handlers })).retried).toBe(1);
    let row = await jobRow('f');
    expect(row).toMatchObject({
      attempts: 1,
      last_error: 'attempt 1 failed',
      locked_until: null,
      failed_at: null,
    });
    expect(row.run_at).toEqual(new Date(now.getTime() + retryDelayMs(1)));
    // Not again before the back-off has passed.
    expect((await runDueJobs(t.db, new Date(now.getTime() + 1000), { handlers })).retried).toBe(0);
    now = new Date(now.getTime() + retryDelayMs(1));
    await runDueJobs(t.db, now, { handlers });
    row = await jobRow('f');
    expect(row.attempts).toBe(2);
    expect(row.run_at.getTime() - now.getTime()).toBe(retryDelayMs(2));
    expect(retryDelayMs(2)).toBe(2 * retryDelayMs(1));
    now = row.run_at;
    expect((await runDueJobs(t.db, now, { handlers })).failed).toBe(1);
    row = await jobRow('f');
    expect(row).toMatchObject({ attempts: 3, last_error: 'attempt 3 failed', done_at: null });
    expect(row.failed_at).toEqual(now);
    expect((await runDueJobs(t.db, at('2031-01-01T00:00:00Z'), { handlers })).failed).toBe(0);
    expect(calls).toBe(3);
  });

  it('commits a job’s work with its completion, or neither', async () => {
    const handlers: Record<string, JobHandler> = {
      half: async (trx) => {
        await trx
          .insertInto('organisation')
          .values({ name: 'Halvfärdig', kind: 'municipality' })
          .execute();
        throw new Error('crash after the first write');
      },
    };
    await enqueueJob(t.db, { kind: 'half', runAt: at('2030-01-01T00:00:00Z'), dedupeKey: 'h' });
    await runDueJobs(t.db, at('2030-01-01T00:00:00Z'), { handlers });
    const orgs = await t.db
      .selectFrom('organisation')
      .select('id')
      .where('name', '=', 'Halvfärdig')
      .execute();
    expect(orgs).toEqual([]);
    expect((await jobRow('h')).done_at).toBeNull();
  });

  it('gives a claimed job back when its worker dies (the lease runs out)', async () => {
    await enqueueJob(t.db, { kind: 'echo', runAt: at('2030-01-01T00:00:00Z'), dedupeKey: 'l' });
    const now = at('2030-01-01T00:00:00Z');
    expect(await claimDueJobs(t.db, now, { limit: 5, leaseMs: 60_000 })).toHaveLength(1);
    // Another worker finds nothing while the lease holds ...
    expect(
      await claimDueJobs(t.db, new Date(now.getTime() + 59_000), { limit: 5, leaseMs: 60_000 }),
    ).toHaveLength(0);
    // ... and takes it over once it has run out.
    const again = await claimDueJobs(t.db, new Date(now.getTime() + 60_000), {
      limit: 5,
      leaseMs: 60_000,
    });
    expect(again).toEqual([expect.objectContaining({ kind: 'echo', attempts: 2 })]);
  });

  it('lets several runners work side by side without running a job twice', async () => {
    const ran = new Map<string, number>();
    const handlers: Record<string, JobHandler> = {
      count: async (_trx, payload) => {
        await new Promise((r) => setTimeout(r, 2));
        ran.set(String(payload.n), (ran.get(String(payload.n)) ?? 0) + 1);
      },
    };
    for (let n = 0; n < 30; n++) {
      await enqueueJob(t.db, { kind: 'count', payload: { n }, runAt: at('2030-01-01T00:00:00Z') });
    }
    const now = at('2030-01-01T00:00:00Z');
    const results = await Promise.all(
      [1, 2, 3].map(() => runDueJobs(t.db, now, { handlers, limit: 4 })),
    );
    expect(results.reduce((sum, r) => sum + r.succeeded, 0)).toBe(30);
    expect(ran.size).toBe(30);
    expect([...ran.values()].every((c) => c === 1)).toBe(true);
  });

  it.skipIf(!process.env.DATABASE_URL)(
    'skips rows another transaction holds (FOR UPDATE SKIP LOCKED)',
    async () => {
      await enqueueJob(t.db, {
        kind: 'echo',
        runAt: at('2030-01-01T00:00:00Z'),
        dedupeKey: 'held',
      });
      await enqueueJob(t.db, {
        kind: 'echo',
        runAt: at('2030-01-01T00:00:00Z'),
        dedupeKey: 'free',
      });
      const held = await jobRow('held');
      let release!: () => void;
      const holding = t.db.transaction().execute(async (trx) => {
        await sql`select id from job where id = ${held.id} for update`.execute(trx);
        await new Promise<void>((r) => (release = r));
      });
      await new Promise((r) => setTimeout(r, 50));
      const claimed = await claimDueJobs(t.db, at('2030-01-01T00:00:00Z'), {
        limit: 10,
        leaseMs: 1000,
      });
      release();
      await holding;
      expect(claimed.map((j) => j.id)).toEqual([(await jobRow('free')).id]);
    },
  );

  it('keeps a recurring job as one row that re-schedules itself, and revives it if it gave up', async () => {
    const handlers: Record<string, JobHandler> = {
      'sip.scan': async (_trx, _payload, { now }) => ({
        rescheduleAt: new Date(now.getTime() + 3_600_000),
      }),
    };
    const now = at('2030-01-01T00:00:00Z');
    await ensureRecurringJobs(t.db, now);
    await ensureRecurringJobs(t.db, now);
    expect(
      await t.db.selectFrom('job').select('id').where('kind', '=', 'sip.scan').execute(),
    ).toHaveLength(1);
    await runDueJobs(t.db, now, { handlers });
    const row = await jobRow('sip.scan');
    expect(row).toMatchObject({ done_at: null, attempts: 0 });
    expect(row.run_at).toEqual(at('2030-01-01T01:00:00Z'));
    await t.db.updateTable('job').set({ failed_at: now }).where('id', '=', row.id).execute();
    await ensureRecurringJobs(t.db, at('2030-01-02T00:00:00Z'));
    expect(await jobRow('sip.scan')).toMatchObject({
      failed_at: null,
      run_at: at('2030-01-02T00:00:00Z'),
    });
  });

  it('polls for due jobs in the server, and stops cleanly', async () => {
    const ran: string[] = [];
    // Waits for the job itself, not for a fixed time: a loaded machine may take seconds.
    let ranOnce!: () => void;
    const echoed = new Promise<void>((resolve) => (ranOnce = resolve));
    const handlers: Record<string, JobHandler> = {
      echo: async (_trx, payload) => {
        ran.push(String(payload.n));
        ranOnce();
      },
      'sip.scan': async (_trx, _payload, { now }) => ({
        rescheduleAt: new Date(now.getTime() + 3_600_000),
      }),
    };
    const errors: unknown[] = [];
    const runner = startJobRunner(t.db, {
      pollMilliseconds: 10,
      onError: (e) => errors.push(e),
      handlers,
    });
    await enqueueJob(t.db, { kind: 'echo', payload: { n: 1 }, runAt: new Date() });
    await echoed;
    await runner.stop();
    expect(ran).toEqual(['1']);
    expect(errors).toEqual([]);
    // The recurring scan was ensured at start and ran.
    expect((await jobRow('sip.scan')).run_at.getTime()).toBeGreaterThan(Date.now());
  });

  it('fails a job of an unknown kind instead of dropping it silently', async () => {
    await enqueueJob(t.db, {
      kind: 'nobody-knows',
      runAt: at('2030-01-01T00:00:00Z'),
      dedupeKey: 'u',
      maxAttempts: 1,
    });
    expect((await runDueJobs(t.db, at('2030-01-01T00:00:00Z'), { handlers: {} })).failed).toBe(1);
    expect((await jobRow('u')).last_error).toBe("no handler for job kind 'nobody-knows'");
  });
});
