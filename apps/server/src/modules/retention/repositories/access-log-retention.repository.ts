import { sql } from 'kysely';
import type { Db } from '../../../db/database.ts';

export interface ChainSegment {
  chain: number;
  /** The chain's rows from `fromSeq` through `throughSeq` are older than the cutoff. */
  fromSeq: string;
  throughSeq: string;
  rows: number;
}

/**
 * Per chain, the oldest whole segment whose every row is older than `cutoffDay` (a day in
 * Sweden): from where the chain now begins to the row before its first newer row. Rows of a
 * chain are cleared only as such a prefix, so what stays is still one unbroken chain.
 */
export async function oldSegments(db: Db, cutoffDay: string): Promise<ChainSegment[]> {
  const { rows } = await sql<{ chain: number; from_seq: string; through_seq: string }>`
    with cutoff as (
      select (${cutoffDay}::date::timestamp at time zone 'Europe/Stockholm') as at
    ), bounds as (
      select h.chain,
             coalesce(b.seq, 0) + 1 as from_seq,
             coalesce((select min(l.seq) - 1 from access_log l, cutoff c
                        where l.chain = h.chain and l.at >= c.at), h.seq) as through_seq
        from access_log_chain_head h
        left join access_log_chain_base b on b.chain = h.chain
    )
    select chain, from_seq::text, through_seq::text from bounds
     where through_seq >= from_seq
     order by chain`.execute(db);
  return rows.map((r) => ({
    chain: r.chain,
    fromSeq: r.from_seq,
    throughSeq: r.through_seq,
    rows: Number(BigInt(r.through_seq) - BigInt(r.from_seq) + 1n),
  }));
}

/**
 * Drops one chain's old segment and moves the chain's base to its last row (sequence number and
 * hash), in the caller's transaction; verification then starts the chain from the base.
 */
export async function dropSegment(trx: Db, segment: ChainSegment, now: Date): Promise<number> {
  const last = await trx
    .selectFrom('access_log')
    .select(['hash'])
    .where('chain', '=', segment.chain)
    .where('seq', '=', segment.throughSeq)
    .executeTakeFirst();
  if (!last) return 0;
  // The append-only trigger lets this transaction, and only it, delete (migration 0017-c).
  await sql`select set_config('vardflata.access_log_retention', 'on', true)`.execute(trx);
  const deleted = await trx
    .deleteFrom('access_log')
    .where('chain', '=', segment.chain)
    .where('seq', '<=', segment.throughSeq)
    .executeTakeFirst();
  await trx
    .insertInto('access_log_chain_base')
    .values({ chain: segment.chain, seq: segment.throughSeq, hash: last.hash, cleared_at: now })
    .onConflict((oc) =>
      oc.column('chain').doUpdateSet({ seq: segment.throughSeq, hash: last.hash, cleared_at: now }),
    )
    .execute();
  return Number(deleted.numDeletedRows);
}
