import fs from 'node:fs';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '../../test/harness.ts';
import { MERGE_KEEPS, MERGE_TABLES } from './identity.policy.ts';

/**
 * A merge must handle every table that names a person (decision 0019-b). This reads the real
 * database: every column called person_id and every foreign key to person. A new table fails
 * here until MERGE_TABLES (moved) or MERGE_KEEPS (kept, with a reason) names it.
 */
let t: TestApp;
beforeAll(async () => {
  t = await startTestApp();
});
afterAll(async () => t?.close());

describe('the merge covers every table with a person', () => {
  it('knows what to do with each table that has person_id or a foreign key to person', async () => {
    const { rows: columns } = await sql<{ table_name: string }>`
      select distinct table_name from information_schema.columns
      where table_schema = current_schema() and column_name = 'person_id'`.execute(t.db);
    const { rows: references } = await sql<{ table_name: string; column_name: string }>`
      select distinct kcu.table_name, kcu.column_name
      from information_schema.table_constraints tc
      join information_schema.key_column_usage kcu on kcu.constraint_name = tc.constraint_name
        and kcu.table_schema = tc.table_schema
      join information_schema.constraint_column_usage ccu on ccu.constraint_name = tc.constraint_name
        and ccu.table_schema = tc.table_schema
      where tc.constraint_type = 'FOREIGN KEY' and ccu.table_name = 'person'
        and tc.table_schema = current_schema()`.execute(t.db);
    const handled = new Set<string>([...MERGE_TABLES, ...Object.keys(MERGE_KEEPS)]);
    const seen = new Set([...columns, ...references].map((r) => r.table_name));
    expect([...seen].filter((name) => !handled.has(name)).sort()).toEqual([]);
    // Only person_id columns are re-pointed; another column referring to a person must be
    // one the policy keeps on purpose.
    const otherColumns = references.filter((r) => r.column_name !== 'person_id');
    for (const r of otherColumns) expect(Object.keys(MERGE_KEEPS)).toContain(r.table_name);
    // And nothing listed that does not exist.
    for (const name of MERGE_TABLES) expect(seen.has(name), name).toBe(true);
  });
});

describe('the merge screen names every table it moves', () => {
  // The screen shows "what moved" per table (features/identity/MergeForm.tsx): a table without
  // a label there would show its raw SQL name.
  it('has a Swedish and an English label for each table of MERGE_TABLES', () => {
    const labels = (language: 'sv' | 'en') =>
      JSON.parse(
        fs.readFileSync(
          new URL(`../../../../web/src/features/identity/i18n/${language}.json`, import.meta.url),
          'utf8',
        ),
      ).tables as Record<string, string>;
    for (const language of ['sv', 'en'] as const) {
      expect(MERGE_TABLES.filter((table) => !labels(language)[table])).toEqual([]);
    }
  });
});
