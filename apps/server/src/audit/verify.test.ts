import { sql } from 'kysely';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '../test/harness.ts';
import { writeCheckpoint } from './checkpoint.ts';
import { verifyAccessLog } from './verify.ts';

/**
 * Tamper evidence (security.md): edit, delete, reorder, insert and truncate must all be found.
 * The tampering is done the way an attacker with database rights would: around the
 * append-only trigger.
 */
let t: TestApp;

async function tamper(statement: ReturnType<typeof sql>) {
  await sql`alter table access_log disable trigger access_log_no_update`.execute(t.db);
  await statement.execute(t.db);
  await sql`alter table access_log enable trigger access_log_no_update`.execute(t.db);
}

async function someRow(offset = 5) {
  return t.db
    .selectFrom('access_log')
    .selectAll()
    .orderBy('chain')
    .orderBy('seq')
    .offset(offset)
    .limit(1)
    .executeTakeFirstOrThrow();
}

beforeEach(async () => {
  t = await startTestApp();
  // Some traffic of the ordinary kind on top of the demo county's rows.
  const erik = await t.signIn('erik.socsek');
  const found = await erik.get('/api/persons?q=Lindqvist');
  for (const p of found.body.items) await erik.get(`/api/persons/${p.id}`);
});
afterEach(async () => {
  await t.close();
});

describe('access-log chain', () => {
  it('verifies an untouched log, counting every row', async () => {
    const { count } = await t.db
      .selectFrom('access_log')
      .select((eb) => eb.fn.countAll<string>().as('count'))
      .executeTakeFirstOrThrow();
    const result = await verifyAccessLog(t.db, t.config.logCheckpointDir);
    expect(result).toEqual({ ok: true, rows: Number(count), checkpoint: null });
  });

  it('refuses ordinary updates and deletes outright', async () => {
    await expect(sql`update access_log set action = 'x'`.execute(t.db)).rejects.toThrow(
      /append-only/,
    );
    await expect(sql`delete from access_log`.execute(t.db)).rejects.toThrow(/append-only/);
  });

  it('finds an edited row', async () => {
    const row = await someRow();
    await tamper(sql`update access_log set user_id = null where id = ${row.id}`);
    const result = await verifyAccessLog(t.db);
    expect(result).toMatchObject({
      ok: false,
      brokenAt: { id: row.id, chain: row.chain, seq: row.seq },
    });
  });

  it('finds an edited row whose hash was recomputed (the next row no longer links)', async () => {
    const row = await someRow();
    await tamper(
      sql`update access_log set action = 'person.search', hash = repeat('a', 64) where id = ${row.id}`,
    );
    const result = await verifyAccessLog(t.db);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.brokenAt.chain).toBe(row.chain);
  });

  it('finds a deleted row in the middle', async () => {
    // A row with a successor on its chain, so the deletion is inside the chain.
    const inner = await sql<{ id: string }>`
      select x.id from access_log x
      join access_log y on y.chain = x.chain and y.seq = x.seq + 1
      order by x.id limit 1`.execute(t.db);
    const row = await t.db
      .selectFrom('access_log')
      .selectAll()
      .where('id', '=', inner.rows[0]!.id)
      .executeTakeFirstOrThrow();
    await tamper(sql`delete from access_log where id = ${row.id}`);
    const result = await verifyAccessLog(t.db);
    expect(result).toMatchObject({ ok: false, brokenAt: { chain: row.chain } });
    if (!result.ok) expect(result.reason).toMatch(/missing/);
  });

  it('finds two rows whose contents were swapped (reordered)', async () => {
    // Two neighbours on one chain.
    const pair = await sql<{ a: string; b: string }>`
      select x.id as a, y.id as b from access_log x
      join access_log y on y.chain = x.chain and y.seq = x.seq + 1
      order by x.id limit 1`.execute(t.db);
    const byId = (id: string) =>
      t.db.selectFrom('access_log').selectAll().where('id', '=', id).executeTakeFirstOrThrow();
    const a = await byId(pair.rows[0]!.a);
    const b = await byId(pair.rows[0]!.b);
    await tamper(
      sql`update access_log set person_id = ${b.person_id}, action = ${b.action}, hash = ${b.hash} where id = ${a.id}`,
    );
    await tamper(
      sql`update access_log set person_id = ${a.person_id}, action = ${a.action}, hash = ${a.hash} where id = ${b.id}`,
    );
    expect((await verifyAccessLog(t.db)).ok).toBe(false);
  });

  it('finds an inserted row', async () => {
    const row = await someRow();
    await tamper(sql`
      insert into access_log (chain, seq, at, action, ground, outcome, prev_hash, hash)
      values (${row.chain}, ${String(Number(row.seq) + 100000)}, now(), 'person.read', 'none', 'allowed', ${row.hash}, repeat('b', 64))`);
    expect((await verifyAccessLog(t.db)).ok).toBe(false);
  });

  it('finds a truncated tail through the head table', async () => {
    const last = await t.db
      .selectFrom('access_log')
      .selectAll()
      .orderBy('id', 'desc')
      .limit(1)
      .executeTakeFirstOrThrow();
    await tamper(sql`delete from access_log where id = ${last.id}`);
    const result = await verifyAccessLog(t.db);
    expect(result).toMatchObject({ ok: false, brokenAt: { chain: last.chain } });
    if (!result.ok) expect(result.reason).toMatch(/removed from the end/);
  });

  it('finds a truncated tail through the exported checkpoint when the head table is rolled back too', async () => {
    await writeCheckpoint(t.db, t.config.logCheckpointDir);
    const last = await t.db
      .selectFrom('access_log')
      .selectAll()
      .orderBy('id', 'desc')
      .limit(1)
      .executeTakeFirstOrThrow();
    await tamper(sql`delete from access_log where id = ${last.id}`);
    await sql`update access_log_chain_head set seq = ${String(Number(last.seq) - 1)}, hash = ${last.prev_hash} where chain = ${last.chain}`.execute(
      t.db,
    );
    const result = await verifyAccessLog(t.db, t.config.logCheckpointDir);
    expect(result).toMatchObject({ ok: false, brokenAt: { chain: last.chain } });
    if (!result.ok) expect(result.reason).toMatch(/checkpoint/);
  });

  it('accepts a log that has grown since the checkpoint', async () => {
    await writeCheckpoint(t.db, t.config.logCheckpointDir);
    const erik = await t.signIn('erik.socsek');
    await erik.get('/api/persons?q=Lindqvist');
    const result = await verifyAccessLog(t.db, t.config.logCheckpointDir);
    expect(result.ok).toBe(true);
  });

  it('keeps the chain intact under concurrent requests', async () => {
    const erik = await t.signIn('erik.socsek');
    const found = await erik.get('/api/persons?q=Lindqvist');
    await Promise.all(
      Array.from({ length: 40 }, (_, i) =>
        erik.get(`/api/persons/${found.body.items[i % found.body.items.length].id}`),
      ),
    );
    expect((await verifyAccessLog(t.db)).ok).toBe(true);
  });
});
