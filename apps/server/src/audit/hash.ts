import { createHash } from 'node:crypto';

export const LOG_CHAINS = 8;
export const GENESIS_HASH = '0'.repeat(64);

/** The fields a log row's hash covers, in a fixed order. */
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

export function hashLogRow(f: HashedLogFields): string {
  const canonical = JSON.stringify([
    f.chain,
    f.seq,
    f.at,
    f.userId,
    f.unitId,
    f.organisationId,
    f.personId,
    f.action,
    f.ground,
    f.outcome,
    f.detail,
    f.prevHash,
  ]);
  return createHash('sha256').update(canonical).digest('hex');
}
