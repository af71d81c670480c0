import fs from 'node:fs';
import path from 'node:path';
import type { Db } from '../db/database.ts';

export interface Checkpoint {
  file: string;
  at: string;
  heads: { chain: number; seq: string; hash: string }[];
  /** platform: where each chain begins after retention cleared its oldest rows (0018-d). */
  bases?: { chain: number; seq: string; hash: string }[];
}

/**
 * Exports the chain heads to a file outside the database. Someone who can rewrite the database
 * cannot rewrite these (ship the folder to write-once storage in production), so a truncated
 * tail — rows and head table both rolled back — is still found.
 */
export async function writeCheckpoint(db: Db, dir: string): Promise<Checkpoint> {
  const heads = await db
    .selectFrom('access_log_chain_head')
    .select(['chain', 'seq', 'hash'])
    .orderBy('chain')
    .execute();
  // platform: the chains' bases after retention, so a base moved in the database alone is found.
  const bases = await db
    .selectFrom('access_log_chain_base')
    .select(['chain', 'seq', 'hash'])
    .orderBy('chain')
    .execute();
  const at = new Date().toISOString();
  fs.mkdirSync(dir, { recursive: true });
  const file = path.join(dir, `checkpoint-${at.replace(/[:.]/g, '-')}.json`);
  const body = { at, heads, ...(bases.length > 0 ? { bases } : {}) };
  // Write then rename, so a crash never leaves a half-written checkpoint behind.
  fs.writeFileSync(`${file}.tmp`, JSON.stringify(body, null, 2));
  fs.renameSync(`${file}.tmp`, file);
  return { file, ...body };
}

export function readLatestCheckpoint(dir: string): Checkpoint | null {
  if (!fs.existsSync(dir)) return null;
  const files = fs
    .readdirSync(dir)
    .filter((f) => /^checkpoint-.*\.json$/.test(f))
    .sort();
  const latest = files.at(-1);
  if (!latest) return null;
  const file = path.join(dir, latest);
  const body = JSON.parse(fs.readFileSync(file, 'utf8')) as Omit<Checkpoint, 'file'>;
  return { file, ...body };
}
