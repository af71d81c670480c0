import { execFile } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openDatabase } from '../db/database.ts';
import { migrateToLatest } from '../db/migrate.ts';
import { seedDemoCounty } from '../db/seed/demo-county.ts';

const run = promisify(execFile);
const CLI = new URL('./verify-cli.ts', import.meta.url).pathname;

/** `npm run log:verify` as an operator runs it, on the embedded database in a folder. */
let dataDir: string;

async function verify(): Promise<{ code: number; out: string }> {
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
  dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'vf-verify-'));
  const handle = await openDatabase({ dataDir });
  await migrateToLatest(handle.db);
  await seedDemoCounty(handle.db);
  await handle.close();
});
afterAll(() => fs.rmSync(dataDir, { recursive: true, force: true }));

describe('log:verify', () => {
  it('exits 0 with the row count when the chain is intact', async () => {
    const result = await verify();
    expect(result.code).toBe(0);
    expect(result.out).toMatch(/Access log intact: [1-9]\d* rows verified/);
  });

  it('exits non-zero naming the first broken row after an edit', async () => {
    const handle = await openDatabase({ dataDir });
    const row = await handle.db
      .selectFrom('access_log')
      .select('id')
      .orderBy('id')
      .offset(3)
      .limit(1)
      .executeTakeFirstOrThrow();
    await sql`alter table access_log disable trigger access_log_no_update`.execute(handle.db);
    await sql`update access_log set action = 'person.read' where id = ${row.id}`.execute(handle.db);
    await handle.close();
    const result = await verify();
    expect(result.code).not.toBe(0);
    expect(result.out).toContain(`BROKEN at row id ${row.id}`);
  });
});
