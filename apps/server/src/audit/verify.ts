import type { Db } from '../db/database.ts';
import { GENESIS_HASH, hashLogRow } from './hash.ts';
import { readLatestCheckpoint } from './checkpoint.ts';

/** One row (or gap) that breaks a chain; `id` is null where no row is left to name. */
export interface BrokenRow {
  id: string | null;
  chain: number;
  seq: string;
  reason: string;
}

/**
 * `rows`: every row read. `broken`: every broken row of every chain, in chain and sequence
 * order (rows on chains without a head first); empty exactly when `ok`.
 */
export interface VerifyResult {
  ok: boolean;
  rows: number;
  checkpoint: string | null;
  broken: BrokenRow[];
}

const BATCH = 5000;

/**
 * Walks every chain to its end: each row's sequence number follows the last, its prev_hash is
 * the last row's hash and its own hash matches its content. The head table and the latest
 * exported checkpoint must agree with the tail, so deleting the newest rows is found too.
 *
 * A broken row does not stop the walk: the verifier carries on from the row as stored and
 * reports every further break, so one false alarm (or one real one) can never hide another.
 */
export async function verifyAccessLog(db: Db, checkpointDir?: string): Promise<VerifyResult> {
  const broken: BrokenRow[] = [];
  let total = 0;
  const checkpoint = checkpointDir ? readLatestCheckpoint(checkpointDir) : null;
  const heads = await db
    .selectFrom('access_log_chain_head')
    .select(['chain', 'seq', 'hash'])
    .orderBy('chain')
    .execute();

  // Rows on a chain that has no head were inserted around the log, never by it.
  const headless = await db
    .selectFrom('access_log')
    .select(['id', 'chain', 'seq'])
    .$if(heads.length > 0, (q) =>
      q.where(
        'chain',
        'not in',
        heads.map((h) => h.chain),
      ),
    )
    .orderBy('chain')
    .orderBy('seq')
    .execute();
  for (const r of headless) {
    total += 1;
    broken.push({
      id: r.id,
      chain: r.chain,
      seq: r.seq,
      reason: `row on chain ${r.chain}, which has no head`,
    });
  }

  // platform: chains whose oldest rows retention cleared begin at their base (decision 0018-d).
  const bases = await db
    .selectFrom('access_log_chain_base')
    .select(['chain', 'seq', 'hash'])
    .execute();

  for (const head of heads) {
    const { chain } = head;
    const mark = checkpoint?.heads.find((h) => h.chain === chain);
    const base = bases.find((b) => b.chain === chain);
    let markSeen =
      !mark || mark.seq === '0' || (base !== undefined && BigInt(mark.seq) <= BigInt(base.seq));
    let expectedSeq = base ? BigInt(base.seq) + 1n : 1n;
    let prevHash = base ? base.hash : GENESIS_HASH;
    let lastId: string | null = null;
    let lastSeq: bigint | null = null;
    const report = (id: string | null, seq: bigint | string, reason: string) =>
      broken.push({ id, chain, seq: seq.toString(), reason });
    // A base must be the one retention exported: clearing rows and moving the base in the
    // database alone, without a checkpoint, is found here.
    if (checkpoint) {
      const exported = checkpoint.bases?.find((b) => b.chain === chain);
      if (base && (!exported || exported.seq !== base.seq || exported.hash !== base.hash)) {
        report(
          null,
          base.seq,
          `chain ${chain} begins after row ${base.seq}, which no exported checkpoint records: rows were cleared outside retention`,
        );
      } else if (!base && exported) {
        report(
          null,
          exported.seq,
          `chain ${chain} has lost the base the exported checkpoint records at row ${exported.seq}`,
        );
      }
    }

    for (;;) {
      const after: string | null = lastSeq === null ? null : String(lastSeq);
      const rows = await db
        .selectFrom('access_log')
        .selectAll()
        .where('chain', '=', chain)
        .$if(after !== null, (q) => q.where('seq', '>', after!))
        .orderBy('seq')
        .limit(BATCH)
        .execute();
      for (const r of rows) {
        total += 1;
        const seq: bigint = BigInt(r.seq);
        lastSeq = seq;
        if (seq < expectedSeq) {
          // Below where the chain already is (e.g. a row inserted with sequence 0): it belongs
          // to no link, so the chain goes on from the row before it.
          report(r.id, seq, `row ${seq} of chain ${chain} is out of sequence`);
          continue;
        }
        if (seq > expectedSeq) {
          const missing =
            seq - expectedSeq === 1n ? `row ${expectedSeq}` : `rows ${expectedSeq}–${seq - 1n}`;
          report(r.id, seq, `${missing} of chain ${chain} missing before this row`);
        } else if (r.prev_hash !== prevHash) {
          // Only checked without a gap: after a gap the row links to a row that is gone.
          report(r.id, seq, 'does not link to the row before it');
        }
        const at = r.at instanceof Date ? r.at.toISOString() : new Date(r.at).toISOString();
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
        if (hash !== r.hash) report(r.id, seq, 'its content does not match its hash');
        if (mark && mark.seq === r.seq) {
          if (mark.hash !== r.hash) report(r.id, seq, 'differs from the exported checkpoint');
          markSeen = true;
        }
        // Carry on from the row as stored: its successor links to the hash it holds.
        prevHash = r.hash;
        lastId = r.id;
        expectedSeq = seq + 1n;
      }
      if (rows.length < BATCH) break;
    }

    const endSeq = expectedSeq - 1n;
    const headSeq = BigInt(head.seq);
    if (headSeq > endSeq) {
      report(
        lastId,
        expectedSeq,
        `chain ${chain} ends at row ${endSeq} but its head says ${headSeq}: rows were removed from the end`,
      );
    } else if (headSeq < endSeq) {
      report(
        lastId,
        endSeq,
        `chain ${chain} goes on to row ${endSeq} beyond its head at ${headSeq}: rows were added around the log`,
      );
    } else if (head.hash !== prevHash) {
      report(lastId, endSeq, `the last row of chain ${chain} is not the one its head names`);
    }
    if (!markSeen) {
      report(
        lastId,
        mark!.seq,
        `chain ${chain} no longer reaches the exported checkpoint at row ${mark!.seq}: rows were removed from the end`,
      );
    }
  }
  return {
    ok: broken.length === 0,
    rows: total,
    checkpoint: checkpoint?.file ?? null,
    broken,
  };
}
