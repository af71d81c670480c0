import { sql } from 'kysely';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '../test/harness.ts';
import { appendAccessLog } from './access-log.ts';
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
    expect(result).toEqual({ ok: true, rows: Number(count), checkpoint: null, broken: [] });
  });

  it('refuses ordinary updates and deletes outright', async () => {
    await expect(sql`update access_log set action = 'x'`.execute(t.db)).rejects.toThrow(
      /append-only/,
    );
    await expect(sql`delete from access_log`.execute(t.db)).rejects.toThrow(/append-only/);
  });

  it('finds an edited row', async () => {
    const row = await someRow();
    // Appending to the action changes the row whatever it held (a null user might not).
    await tamper(sql`update access_log set action = action || '.edited' where id = ${row.id}`);
    const result = await verifyAccessLog(t.db);
    expect(result.ok).toBe(false);
    expect(result.broken).toEqual([
      { id: row.id, chain: row.chain, seq: row.seq, reason: 'its content does not match its hash' },
    ]);
  });

  it('finds an edited row whose hash was recomputed (the next row no longer links)', async () => {
    const row = await someRow();
    await tamper(
      sql`update access_log set action = 'person.search', hash = repeat('a', 64) where id = ${row.id}`,
    );
    const result = await verifyAccessLog(t.db);
    expect(result.ok).toBe(false);
    // The row itself, and its successor (if any) that links to the old hash.
    expect(result.broken[0]).toMatchObject({ id: row.id, chain: row.chain });
    expect(result.broken.every((b) => b.chain === row.chain)).toBe(true);
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
    expect(result.ok).toBe(false);
    expect(result.broken).toEqual([
      expect.objectContaining({
        chain: row.chain,
        seq: String(BigInt(row.seq) + 1n),
        reason: expect.stringMatching(/missing/),
      }),
    ]);
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
    expect(result.ok).toBe(false);
    expect(result.broken).toEqual([
      expect.objectContaining({
        chain: last.chain,
        reason: expect.stringMatching(/removed from the end/),
      }),
    ]);
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
    expect(result.ok).toBe(false);
    expect(result.broken).toEqual([
      expect.objectContaining({ chain: last.chain, reason: expect.stringMatching(/checkpoint/) }),
    ]);
  });

  it('accepts a log that has grown since the checkpoint', async () => {
    await writeCheckpoint(t.db, t.config.logCheckpointDir);
    const erik = await t.signIn('erik.socsek');
    await erik.get('/api/persons?q=Lindqvist');
    const result = await verifyAccessLog(t.db, t.config.logCheckpointDir);
    expect(result.ok).toBe(true);
  });

  it('lists two tampered rows on different chains, both of them', async () => {
    const firsts = await sql<{ id: string; chain: number; seq: string }>`
      select distinct on (chain) id, chain, seq from access_log order by chain, seq`.execute(t.db);
    expect(firsts.rows.length).toBeGreaterThanOrEqual(2);
    const [a, b] = firsts.rows as [(typeof firsts.rows)[0], (typeof firsts.rows)[0]];
    // Edits that change the row whatever it held.
    await tamper(sql`update access_log set action = action || '.edited' where id = ${a.id}`);
    await tamper(sql`update access_log set ground = ground || '.edited' where id = ${b.id}`);
    const result = await verifyAccessLog(t.db);
    expect(result.ok).toBe(false);
    expect(result.broken).toEqual([
      { id: a.id, chain: a.chain, seq: a.seq, reason: 'its content does not match its hash' },
      { id: b.id, chain: b.chain, seq: b.seq, reason: 'its content does not match its hash' },
    ]);
  });

  it('walks a chain to its end after a break, so a later break on it is listed too', async () => {
    const rows = await sql<{ id: string; chain: number; seq: string }>`
      select id, chain, seq from access_log
      where chain = (select chain from access_log group by chain order by count(*) desc limit 1)
      order by seq`.execute(t.db);
    expect(rows.rows.length).toBeGreaterThanOrEqual(3);
    const first = rows.rows[0]!;
    const later = rows.rows[rows.rows.length - 1]!;
    await tamper(sql`update access_log set action = action || '.edited' where id = ${first.id}`);
    await tamper(sql`update access_log set ground = ground || '.edited' where id = ${later.id}`);
    const result = await verifyAccessLog(t.db);
    expect(result.broken.map((b) => b.id)).toEqual([first.id, later.id]);
  });

  it('finds a row inserted below the start of a chain (sequence 0)', async () => {
    const row = await someRow();
    await tamper(sql`
      insert into access_log (chain, seq, at, action, ground, outcome, prev_hash, hash)
      values (${row.chain}, 0, now(), 'person.read', 'none', 'allowed', repeat('0', 64), repeat('c', 64))`);
    const result = await verifyAccessLog(t.db);
    expect(result.broken).toEqual([
      expect.objectContaining({
        chain: row.chain,
        seq: '0',
        reason: expect.stringMatching(/out of sequence/),
      }),
    ]);
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

describe('canonical values in the hash (ids in lower case, times in UTC)', () => {
  it('stays intact after requests that name ids in upper case, in the path, query and body', async () => {
    const erik = await t.signIn('erik.socsek');
    const maja = await t.signIn('maja.chef');
    const found = await erik.get('/api/persons?q=Lindqvist');
    const person = found.body.items[0] as { id: string };
    const upper = person.id.toUpperCase();
    const read = await erik.get(`/api/persons/${upper}`);
    expect(read.status).toBe(200);
    expect(read.body.id).toBe(person.id);
    const organisations = await erik.get('/api/organisations');
    const recipient = (organisations.body.items as { id: string; kind: string }[]).find(
      (o) => o.kind === 'region',
    )!.id;
    const consent = await erik.post(`/api/persons/${upper}/consents`, {
      purpose: 'information-sharing',
      recipientOrganisationIds: [recipient.toUpperCase()],
      form: 'oral',
    });
    expect(consent.status).toBe(201);
    expect(consent.body.recipientOrganisationIds).toEqual([recipient]);
    // A person the caller may not see, in upper case: the refused attempt is logged too.
    expect(
      (await erik.get(`/api/persons/${'A'.repeat(8)}-AAAA-4AAA-8AAA-${'A'.repeat(12)}`)).status,
    ).toBe(404);
    expect((await maja.get(`/api/access-log?personId=${upper}`)).status).toBe(200);

    const rows = await t.db
      .selectFrom('access_log')
      .select(['person_id', 'detail'])
      .where('person_id', '=', person.id)
      .execute();
    expect(rows.length).toBeGreaterThan(0);
    const result = await verifyAccessLog(t.db);
    expect(result.broken).toEqual([]);
    expect(result.ok).toBe(true);
  });

  it('hashes ids handed to the log in upper case as PostgreSQL stores them', async () => {
    const person = await t.db.selectFrom('person').select('id').executeTakeFirstOrThrow();
    const staff = await t.db
      .selectFrom('staff')
      .select(['id', 'unit_id', 'organisation_id'])
      .where('username', '=', 'erik.socsek')
      .executeTakeFirstOrThrow();
    await t.db.transaction().execute((trx) =>
      appendAccessLog(
        trx,
        {
          staffId: staff.id.toUpperCase(),
          unitId: staff.unit_id!.toUpperCase(),
          organisationId: `{${staff.organisation_id!.toUpperCase()}}`,
        },
        [
          {
            personId: person.id.toUpperCase().replace(/-/g, ''),
            action: 'person.read',
            ground: 'care-relation',
            outcome: 'allowed',
            detail: { consentId: person.id.toUpperCase() },
          },
        ],
      ),
    );
    const row = await t.db
      .selectFrom('access_log')
      .selectAll()
      .orderBy('id', 'desc')
      .limit(1)
      .executeTakeFirstOrThrow();
    expect(row.person_id).toBe(person.id);
    expect(row.detail).toBe(JSON.stringify({ consentId: person.id }));
    expect((await verifyAccessLog(t.db)).ok).toBe(true);
  });

  it('refuses to log a value that is not an id at all', async () => {
    await expect(
      t.db
        .transaction()
        .execute((trx) =>
          appendAccessLog(trx, null, [
            { personId: 'not-a-uuid', action: 'person.read', ground: 'none', outcome: 'denied' },
          ]),
        ),
    ).rejects.toThrow(/not a uuid/);
  });
});
