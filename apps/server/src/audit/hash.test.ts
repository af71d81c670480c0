import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '../test/harness.ts';
import { appendAccessLog } from './access-log.ts';
import { hashLogRow } from './hash.ts';
import type { AccessAction } from '@vardflata/domain';

/** The database function and the verifier must hash exactly alike, odd characters included. */
let t: TestApp;
beforeAll(async () => {
  t = await startTestApp({}, { seed: false });
});
afterAll(async () => t?.close());

describe('append_access_log', () => {
  it('writes rows whose hashes the application recomputes, chained in order', async () => {
    await t.db.transaction().execute((trx) =>
      appendAccessLog(trx, null, [
        {
          personId: null,
          // Odd characters must hash alike in SQL and here, whatever the catalogue holds.
          action: 'åäö "quoted" \\ back\nslash' as AccessAction,
          ground: 'none',
          outcome: 'denied',
        },
        {
          personId: '00000000-0000-4000-8000-000000000001',
          action: 'person.read',
          ground: 'care-relation',
          outcome: 'allowed',
          detail: { emoji: '🧶', n: 1 },
        },
      ]),
    );
    const rows = await t.db.selectFrom('access_log').selectAll().orderBy('id').execute();
    expect(rows).toHaveLength(2);
    const [a, b] = rows as [(typeof rows)[0], (typeof rows)[0]];
    expect(b.chain).toBe(a.chain);
    expect(BigInt(b.seq)).toBe(BigInt(a.seq) + 1n);
    expect(b.prev_hash).toBe(a.hash);
    for (const r of rows) {
      expect(
        hashLogRow({
          chain: r.chain,
          seq: r.seq,
          at: new Date(r.at).toISOString(),
          userId: r.user_id,
          unitId: r.unit_id,
          organisationId: r.organisation_id,
          personId: r.person_id,
          action: r.action,
          ground: r.ground,
          outcome: r.outcome,
          detail: r.detail,
          prevHash: r.prev_hash,
        }),
      ).toBe(r.hash);
    }
    const head = await sql<{
      seq: string;
      hash: string;
    }>`select seq, hash from access_log_chain_head where chain = ${a.chain}`.execute(t.db);
    expect(head.rows[0]).toEqual({ seq: b.seq, hash: b.hash });
  });

  it('writes nothing for nothing', async () => {
    const before = await t.db
      .selectFrom('access_log')
      .select((eb) => eb.fn.countAll<string>().as('n'))
      .executeTakeFirstOrThrow();
    await t.db.transaction().execute((trx) => appendAccessLog(trx, null, []));
    const after = await t.db
      .selectFrom('access_log')
      .select((eb) => eb.fn.countAll<string>().as('n'))
      .executeTakeFirstOrThrow();
    expect(after.n).toBe(before.n);
  });
});
