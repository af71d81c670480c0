import { randomInt } from 'node:crypto';
import { sql } from 'kysely';
import type { AccessGround } from '@vardflata/contracts';
import type { Caller } from '../access/caller.ts';
import type { Db } from '../db/database.ts';
import { hashLogRow, LOG_CHAINS } from './hash.ts';

export interface AccessLogEntry {
  personId: string | null;
  action: string;
  ground: AccessGround;
  outcome: 'allowed' | 'denied';
  /** What was touched, e.g. `{ consentId }`; never free text about the person. */
  detail?: Record<string, string | number | boolean | null>;
}

/**
 * Appends rows to the access log inside the caller's transaction, so a read or write and its
 * log row commit or vanish together. One chain head is locked (row lock) for the rest of the
 * transaction; picking one of several chains at random keeps concurrent requests apart.
 */
export async function appendAccessLog(
  trx: Db,
  caller: Pick<Caller, 'staffId' | 'unitId' | 'organisationId'> | null,
  entries: AccessLogEntry[],
): Promise<void> {
  if (entries.length === 0) return;
  const chain = randomInt(LOG_CHAINS);
  const head = await trx
    .updateTable('access_log_chain_head')
    .set({ seq: sql`seq + ${entries.length}` })
    .where('chain', '=', chain)
    .returning(['seq', 'hash'])
    .executeTakeFirstOrThrow();

  let seq = BigInt(head.seq) - BigInt(entries.length);
  let prevHash = head.hash;
  const at = new Date().toISOString();
  const rows = entries.map((e) => {
    seq += 1n;
    const fields = {
      chain,
      seq: seq.toString(),
      at,
      userId: caller?.staffId ?? null,
      unitId: caller?.unitId ?? null,
      organisationId: caller?.organisationId ?? null,
      personId: e.personId,
      action: e.action,
      ground: e.ground,
      outcome: e.outcome,
      detail: e.detail ? JSON.stringify(e.detail) : null,
      prevHash,
    };
    const hash = hashLogRow(fields);
    prevHash = hash;
    return {
      chain,
      seq: fields.seq,
      at,
      user_id: fields.userId,
      unit_id: fields.unitId,
      organisation_id: fields.organisationId,
      person_id: fields.personId,
      action: fields.action,
      ground: fields.ground,
      outcome: fields.outcome,
      detail: fields.detail,
      prev_hash: fields.prevHash,
      hash,
    };
  });

  await trx
    .with('inserted', (db) => db.insertInto('access_log').values(rows).returning('id'))
    .updateTable('access_log_chain_head')
    .set({ hash: prevHash })
    .where('chain', '=', chain)
    .execute();
}

/** Logs a refused attempt in a transaction of its own (the refused work wrote nothing). */
export async function logDenied(
  db: Db,
  caller: Caller,
  entry: Omit<AccessLogEntry, 'outcome'>,
): Promise<void> {
  await db
    .transaction()
    .execute((trx) => appendAccessLog(trx, caller, [{ ...entry, outcome: 'denied' }]));
}
