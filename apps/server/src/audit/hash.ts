import { createHash } from 'node:crypto';

/** The chain heads the migrations create (0002: 0–7, 0005: 8–31). */
export const LOG_CHAINS = 32;
export const GENESIS_HASH = '0'.repeat(64);

/** The fields a log row's hash covers. */
export interface HashedLogFields {
  chain: number;
  seq: string;
  at: string;
  userId: string | null;
  unitId: string | null;
  organisationId: string | null;
  personId: string | null;
  action: string;
  ground: string;
  outcome: string;
  detail: string | null;
  prevHash: string;
}

/** The row's own content, as one string, in a fixed order. */
export function logContent(f: Omit<HashedLogFields, 'chain' | 'seq' | 'prevHash'>): string {
  return JSON.stringify([
    f.at,
    f.userId,
    f.unitId,
    f.organisationId,
    f.personId,
    f.action,
    f.ground,
    f.outcome,
    f.detail,
  ]);
}

/**
 * sha256 of `chain:seq:prev_hash:content`, hex. The database function append_access_log
 * (migration 0005) computes exactly this in SQL; audit/hash.test.ts holds them to it.
 */
export function hashLogRow(f: HashedLogFields): string {
  return createHash('sha256')
    .update(`${f.chain}:${f.seq}:${f.prevHash}:${logContent(f)}`)
    .digest('hex');
}
