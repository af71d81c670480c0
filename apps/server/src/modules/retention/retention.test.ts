import { luhnCheckDigit } from '@vardflata/domain';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { appendAccessLog } from '../../audit/access-log.ts';
import { verifyAccessLog } from '../../audit/verify.ts';
import { runDueJobs } from '../../jobs/runner.ts';
import {
  demoIds,
  logRowsFor,
  newIdentityNumber,
  startTestApp,
  type TestApp,
  type TestClient,
} from '../../test/harness.ts';
import { clearableFrom, isClearable, yearsBefore } from './retention.rules.ts';
import { runRetention } from './use-cases/run-retention.ts';

describe('retention rules', () => {
  it('clears only after the whole period, to the day', () => {
    expect(isClearable('2019-01-10', 'social-services', '2024-01-10')).toBe(false);
    expect(isClearable('2019-01-10', 'social-services', '2024-01-11')).toBe(true);
    expect(clearableFrom('2019-01-10', 'social-services')).toBe('2024-01-11');
    expect(isClearable('2019-01-10', 'health', '2024-01-11')).toBe(false);
    expect(clearableFrom('2019-01-10', 'health')).toBe('2029-01-11');
    expect(yearsBefore('2024-02-29', 5)).toBe('2019-02-28');
  });
});

describe('records (seeded county)', () => {
  let t: TestApp;
  let ids: Awaited<ReturnType<typeof demoIds>>;
  let erik: TestClient;
  let anna: TestClient;
  let maja: TestClient;
  let admin: TestClient;
  let cleared: string;
  let held: string;

  /** A person known to Exempelby's social services and to Beroendecentrum. */
  async function personInBoth() {
    const personalIdentityNumber = newIdentityNumber(luhnCheckDigit);
    const body = { personalIdentityNumber, givenName: 'Gall', familyName: 'Ringsson', sex: 'male' };
    const { body: person } = await erik.post('/api/persons', body);
    await anna.post('/api/persons', body);
    for (const client of [erik, anna]) {
      const s = await client.post(`/api/persons/${person.id}/screenings`, {
        instrument: 'AUDIT',
        answers: [0, 0, 0, 0, 0, 0, 0, 0, 0, 0],
      });
      expect(s.status).toBe(201);
    }
    return person.id as string;
  }

  /** Moves every record of the person back to fixed days: last entry 10 January 2019. */
  async function backdate(personId: string) {
    await sql`update care_relation set opened_at = '2018-05-02T10:00:00+02:00',
      closed_at = '2019-01-10T12:00:00+01:00', close_reason = 'Avslutad'
      where person_id = ${personId}`.execute(t.db);
    await sql`update screening set recorded_at = '2018-06-01T10:00:00+02:00', performed_on = '2018-06-01'
      where person_id = ${personId}`.execute(t.db);
  }

  beforeAll(async () => {
    t = await startTestApp();
    ids = await demoIds(t.db);
    erik = await t.signIn('erik.socsek');
    anna = await t.signIn('anna.lakare');
    maja = await t.signIn('maja.chef');
    admin = await t.signIn('admin');
    cleared = await personInBoth();
    held = await personInBoth();
    const hold = await maja.post(`/api/persons/${held}/legal-hold`, {
      reason: 'Begäran från förvaltningsrätten',
    });
    expect(hold.status).toBe(201);
    await backdate(cleared);
    await backdate(held);
  });
  afterAll(async () => t?.close());

  const report = async (asOf: string) => {
    const res = await admin.get(`/api/retention/report?asOf=${asOf}`);
    expect(res.status).toBe(200);
    return res.body;
  };
  const holdingsOf = (r: any, personId: string) =>
    r.clearable.filter((c: any) => c.personId === personId);

  it('dry run: nothing before its time; social services after 5 years, health not before 10', async () => {
    expect(holdingsOf(await report('2024-01-10'), cleared)).toEqual([]);
    const r = await report('2024-01-11');
    expect(holdingsOf(r, cleared)).toEqual([
      {
        personId: cleared,
        organisationId: ids.exempelby,
        kind: 'social-services',
        lastEntryOn: '2019-01-10',
        clearableFrom: '2024-01-11',
      },
    ]);
    // The legal hold keeps the held person's records, and says why.
    expect(holdingsOf(r, held)).toEqual([]);
    expect(r.kept).toContainEqual({
      personId: held,
      organisationId: ids.exempelby,
      kind: 'social-services',
      reason: 'legal-hold',
    });
    // The demo county's own records are recent: inside their periods.
    expect(r.withinPeriod).toBeGreaterThan(0);
    // No run may look ahead of today.
    expect((await admin.get('/api/retention/report?asOf=2999-01-01')).status).toBe(400);
  });

  it('only administration runs retention; only a unit manager places a legal hold', async () => {
    expect((await erik.get('/api/retention/report?asOf=2024-01-11')).status).toBe(403);
    expect((await erik.post('/api/retention/runs', { asOf: '2024-01-11' })).status).toBe(403);
    expect((await erik.post(`/api/persons/${cleared}/legal-hold`, { reason: 'x' })).status).toBe(
      403,
    );
  });

  it('the job clears what the rules allow, logs it, and leaves the rest', async () => {
    const queued = await admin.post('/api/retention/runs', { asOf: '2024-01-11' });
    expect(queued.status).toBe(202);
    const summary = await runDueJobs(t.db, new Date(Date.now() + 1000));
    expect(summary.failed).toBe(0);

    const left = async (personId: string) => {
      const rows = await t.db
        .selectFrom('screening')
        .select('organisation_id')
        .where('person_id', '=', personId)
        .execute();
      return rows.map((r) => r.organisation_id).sort();
    };
    expect(await left(cleared)).toEqual([ids.region]);
    expect(await left(held)).toEqual([ids.exempelby, ids.region].sort());
    const relations = await t.db
      .selectFrom('care_relation')
      .select('organisation_id')
      .where('person_id', '=', cleared)
      .execute();
    expect(relations.map((r) => r.organisation_id)).toEqual([ids.region]);

    const logged = (await logRowsFor(t.db, cleared)).filter(
      (r) => r.action === 'retention.cleared',
    );
    expect(logged).toHaveLength(1);
    const runs = await admin.get('/api/retention/runs');
    const run = runs.body.items.find((r: any) => !r.dryRun);
    expect(run.asOf).toBe('2024-01-11');
    expect(run.report.cleared).toContainEqual(
      expect.objectContaining({ personId: cleared, organisationId: ids.exempelby }),
    );
    expect(await verifyAccessLog(t.db, t.config.logCheckpointDir)).toMatchObject({ ok: true });
  });

  it('a released hold lets the records go at the next run', async () => {
    await sql`update care_relation set closed_at = null where person_id = ${held}
      and organisation_id = ${ids.region}`.execute(t.db);
    expect((await maja.post(`/api/persons/${held}/legal-hold/release`)).status).toBe(200);
    await sql`update care_relation set closed_at = '2019-01-10T12:00:00+01:00'
      where person_id = ${held}`.execute(t.db);
    expect(holdingsOf(await report('2024-01-11'), held)).toHaveLength(1);
  });
});

describe('access log (chains stay verifiable)', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp({}, { seed: false });
  });
  afterAll(async () => t?.close());

  const append = (at: string, n: number) =>
    t.db.transaction().execute((trx) =>
      appendAccessLog(
        trx,
        null,
        Array.from({ length: n }, () => ({
          personId: null,
          action: 'retention.report' as const,
          ground: 'administration' as const,
          outcome: 'allowed' as const,
        })),
        { at: new Date(at) },
      ),
    );
  const count = async (before?: string) => {
    let q = t.db.selectFrom('access_log').select((eb) => eb.fn.countAll<string>().as('n'));
    if (before) q = q.where('at', '<', new Date(before));
    return Number((await q.executeTakeFirstOrThrow()).n);
  };
  const run = (asOf: string, now = '2026-01-01T00:00:00Z') =>
    t.db
      .transaction()
      .execute((trx) =>
        runRetention(
          trx,
          { asOf, checkpointDir: t.config.logCheckpointDir },
          { now: new Date(now), jobId: 'test' },
        ),
      );

  it('drops whole segments older than 5 years, keeps the rest, and the chains verify', async () => {
    for (let i = 0; i < 4; i++) await append('2015-03-01T10:00:00Z', 5);
    for (let i = 0; i < 3; i++) await append('2020-06-01T10:00:00Z', 4);
    expect(await count()).toBe(32);

    // As of 2020-03-01 the cutoff is 2015-03-01: the rows of that day are not older. Kept.
    await run('2020-03-01');
    expect(await count()).toBe(32);
    await run('2021-06-01');
    expect(await count('2016-06-01')).toBe(0);
    expect(await count()).toBe(12);
    const verified = await verifyAccessLog(t.db, t.config.logCheckpointDir);
    expect(verified.broken).toEqual([]);
    expect(verified.ok).toBe(true);

    // New rows chain on as before.
    await append('2021-06-02T10:00:00Z', 2);
    expect((await verifyAccessLog(t.db, t.config.logCheckpointDir)).ok).toBe(true);
  });

  it('finds rows removed outside retention, and a base moved in the database alone', async () => {
    // Any chain with rows left (chains are taken at random, so not necessarily one with a base).
    const base = await t.db
      .selectFrom('access_log')
      .select('chain')
      .orderBy('chain')
      .executeTakeFirstOrThrow();
    const next = await t.db
      .selectFrom('access_log')
      .select(['id', 'hash', 'seq'])
      .where('chain', '=', base.chain)
      .orderBy('seq')
      .executeTakeFirstOrThrow();
    // Delete the first remaining row and move the base over it, as a retention job would —
    // but without exporting a checkpoint.
    await t.db.transaction().execute(async (trx) => {
      await sql`select set_config('vardflata.access_log_retention', 'on', true)`.execute(trx);
      await trx.deleteFrom('access_log').where('id', '=', next.id).execute();
      await trx
        .insertInto('access_log_chain_base')
        .values({ chain: base.chain, seq: next.seq, hash: next.hash, cleared_at: new Date(0) })
        .onConflict((oc) => oc.column('chain').doUpdateSet({ seq: next.seq, hash: next.hash }))
        .execute();
    });
    // Outside such a transaction the log refuses deletes altogether.
    await expect(t.db.deleteFrom('access_log').execute()).rejects.toThrow(/append-only/);
    const verified = await verifyAccessLog(t.db, t.config.logCheckpointDir);
    expect(verified.ok).toBe(false);
    expect(verified.broken.map((b) => b.reason).join('\n')).toMatch(
      /no exported checkpoint records: rows were cleared outside retention/,
    );
  });
});
