import { execFile } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openDatabase, type Db } from '../db/database.ts';
import { migrateToLatest } from '../db/migrate.ts';
import { appendAccessLog } from './access-log.ts';
import { seedDemoCounty } from '../db/seed/demo-county.ts';

const run = promisify(execFile);
const CLI = new URL('./verify-cli.ts', import.meta.url).pathname;

/**
 * `npm run log:verify` as an operator runs it, on the embedded database in a folder. The demo
 * county is seeded once into a template folder; every test works on its own copy, so no test
 * sees another's tampering (nor depends on the order they run in).
 */
let template: string;
const copies: string[] = [];

function freshCopy(): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'vf-verify-copy-'));
  fs.cpSync(template, dir, { recursive: true });
  copies.push(dir);
  return dir;
}

async function tamper(dataDir: string, statements: (db: Db) => Promise<void>) {
  const handle = await openDatabase({ dataDir });
  try {
    await sql`alter table access_log disable trigger access_log_no_update`.execute(handle.db);
    await statements(handle.db);
  } finally {
    await handle.close();
  }
}

async function verify(dataDir: string): Promise<{ code: number; out: string }> {
  const env = { ...process.env, DATA_DIR: dataDir, DATABASE_URL: '' };
  try {
    const { stdout } = await run(process.execPath, ['--import', 'tsx', CLI], { env });
    return { code: 0, out: stdout };
  } catch (error) {
    const e = error as { code: number; stderr: string };
    return { code: e.code, out: e.stderr };
  }
}

beforeAll(async () => {
  template = fs.mkdtempSync(path.join(os.tmpdir(), 'vf-verify-'));
  const handle = await openDatabase({ dataDir: template });
  await migrateToLatest(handle.db);
  await seedDemoCounty(handle.db);
  // The seed is one transaction, so one chain; a few reads afterwards, each its own transaction
  // as requests are, put rows on other chains too (a transaction's chain follows its id).
  const staff = await handle.db
    .selectFrom('staff')
    .select(['id as staffId', 'unit_id as unitId', 'organisation_id as organisationId'])
    .where('username', '=', 'erik.socsek')
    .executeTakeFirstOrThrow();
  const person = await handle.db.selectFrom('person').select('id').executeTakeFirstOrThrow();
  for (let i = 0; i < 3; i++) {
    await handle.db.transaction().execute((trx) =>
      appendAccessLog(trx, staff, [
        {
          personId: person.id,
          action: 'person.read',
          ground: 'care-relation',
          outcome: 'allowed',
        },
      ]),
    );
  }
  await handle.close();
});
afterAll(() => {
  for (const dir of [template, ...copies]) fs.rmSync(dir, { recursive: true, force: true });
});

describe('log:verify', () => {
  it('exits 0 with the row count when the chain is intact', async () => {
    const result = await verify(freshCopy());
    expect(result.code).toBe(0);
    expect(result.out).toMatch(/Access log intact: [1-9]\d* rows verified/);
  });

  it('exits non-zero naming the first broken row after an edit', async () => {
    const dataDir = freshCopy();
    let id = '';
    await tamper(dataDir, async (db) => {
      const row = await db
        .selectFrom('access_log')
        .select('id')
        .orderBy('id')
        .offset(3)
        .limit(1)
        .executeTakeFirstOrThrow();
      id = row.id;
      // Appending to the action changes it, whatever it was.
      await sql`update access_log set action = action || '.edited' where id = ${id}`.execute(db);
    });
    const result = await verify(dataDir);
    expect(result.code).not.toBe(0);
    expect(result.out.split('\n')[0]).toContain(`BROKEN at row id ${id}`);
  });

  it('prints the first broken row first, then every other one, on every chain', async () => {
    const dataDir = freshCopy();
    let rows: { id: string; chain: number; seq: string }[] = [];
    await tamper(dataDir, async (db) => {
      // The first row of the lowest chain and the last row of the highest: two independent
      // breaks, the second far along another chain.
      const found = await sql<{ id: string; chain: number; seq: string }>`
        (select id, chain, seq from access_log order by chain, seq limit 1)
        union all
        (select id, chain, seq from access_log order by chain desc, seq desc limit 1)`.execute(db);
      rows = found.rows;
      await sql`update access_log set ground = ground || '.edited' where id = ${rows[0]!.id}`.execute(
        db,
      );
      await sql`update access_log set outcome = 'denied', action = action || '.edited' where id = ${rows[1]!.id}`.execute(
        db,
      );
    });
    const [first, later] = rows as [(typeof rows)[0], (typeof rows)[0]];
    expect(first.chain).toBeLessThan(later.chain);
    const result = await verify(dataDir);
    expect(result.code).not.toBe(0);
    const lines = result.out.trim().split('\n');
    expect(lines[0]).toBe(
      `Access log BROKEN at row id ${first.id} (chain ${first.chain}, sequence ${first.seq}): its content does not match its hash.`,
    );
    expect(lines[1]).toBe(
      `Also BROKEN at row id ${later.id} (chain ${later.chain}, sequence ${later.seq}): its content does not match its hash.`,
    );
    expect(lines[2]).toMatch(/^2 broken rows on 2 chains; \d+ rows checked\.$/);
    expect(lines).toHaveLength(3);
  });
});
