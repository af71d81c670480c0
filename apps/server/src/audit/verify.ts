import type { Db } from '../db/database.ts';
import { GENESIS_HASH, hashLogRow } from './hash.ts';
import { readLatestCheckpoint } from './checkpoint.ts';

export type VerifyResult =
  | { ok: true; rows: number; checkpoint: string | null }
  | {
      ok: false;
      rows: number;
      brokenAt: { id: string | null; chain: number; seq: string };
      reason: string;
    };

const BATCH = 5000;

/**
 * Walks every chain in order: each row's sequence number follows the last, its prev_hash is the
 * last row's hash and its own hash matches its content. The head table and the latest exported
 * checkpoint must agree with the tail, so deleting the newest rows is found too.
 */
export async function verifyAccessLog(db: Db, checkpointDir?: string): Promise<VerifyResult> {
  let total = 0;
  const checkpoint = checkpointDir ? readLatestCheckpoint(checkpointDir) : null;
  const chains = await db
    .selectFrom('access_log_chain_head')
    .select('chain')
    .orderBy('chain')
    .execute();
  // Rows on a chain that has no head were inserted around the log, never by it.
  const headless = await db
    .selectFrom('access_log')
    .select(['id', 'chain', 'seq'])
    .where(
      'chain',
      'not in',
      chains.map((c) => c.chain),
    )
    .limit(1)
    .executeTakeFirst();
  if (headless) {
    return {
      ok: false,
      rows: 0,
      brokenAt: { id: headless.id, chain: headless.chain, seq: headless.seq },
      reason: `row on chain ${headless.chain}, which has no head`,
    };
  }
  for (const { chain } of chains) {
    let expectedSeq = 1n;
    let prevHash = GENESIS_HASH;
    let lastId: string | null = null;
    const mark = checkpoint?.heads.find((h) => h.chain === chain);
    let markSeen = !mark || mark.seq === '0';
    for (;;) {
      const rows = await db
        .selectFrom('access_log')
        .selectAll()
        .where('chain', '=', chain)
        .where('seq', '>=', expectedSeq.toString())
        .orderBy('seq')
        .limit(BATCH)
        .execute();
      for (const r of rows) {
        const at = r.at instanceof Date ? r.at.toISOString() : new Date(r.at).toISOString();
        const broken = (reason: string): VerifyResult => ({
          ok: false,
          rows: total,
          brokenAt: { id: r.id, chain, seq: r.seq },
          reason,
        });
        if (BigInt(r.seq) !== expectedSeq) {
          return {
            ok: false,
            rows: total,
            brokenAt: { id: r.id, chain, seq: r.seq },
            reason: `row ${expectedSeq} of chain ${chain} is missing`,
          };
        }
        if (r.prev_hash !== prevHash) return broken('does not link to the row before it');
        const hash = hashLogRow({
          chain,
          seq: r.seq,
          at,
          userId: r.user_id,
          unitId: r.unit_id,
          organisationId: r.organisation_id,
          personId: r.person_id,
          action: r.action,
          ground: r.ground,
          outcome: r.outcome,
          detail: r.detail,
          prevHash: r.prev_hash,
        });
        if (hash !== r.hash) return broken('its content does not match its hash');
        if (mark && mark.seq === r.seq) {
          if (mark.hash !== r.hash) return broken('differs from the exported checkpoint');
          markSeen = true;
        }
        prevHash = r.hash;
        lastId = r.id;
        expectedSeq += 1n;
        total += 1;
      }
      if (rows.length < BATCH) break;
    }
    const head = await db
      .selectFrom('access_log_chain_head')
      .select(['seq', 'hash'])
      .where('chain', '=', chain)
      .executeTakeFirst();
    const lastSeq = (expectedSeq - 1n).toString();
    if (!head || head.seq !== lastSeq || head.hash !== prevHash) {
      return {
        ok: false,
        rows: total,
        brokenAt: { id: lastId, chain, seq: expectedSeq.toString() },
        reason: `chain ${chain} ends at row ${lastSeq} but its head says ${head?.seq ?? 'nothing'}: rows were removed from the end`,
      };
    }
    if (!markSeen) {
      return {
        ok: false,
        rows: total,
        brokenAt: { id: lastId, chain, seq: mark!.seq },
        reason: `chain ${chain} no longer reaches the exported checkpoint at row ${mark!.seq}: rows were removed from the end`,
      };
    }
  }
  return { ok: true, rows: total, checkpoint: checkpoint?.file ?? null };
}
