import { sql, type RawBuilder } from 'kysely';
import type { AccessGround } from '@vardflata/contracts';
import type { AccessAction } from '@vardflata/domain';
import type { Caller } from '../access/caller.ts';
import type { Db } from '../db/database.ts';
import { canonicalDetail, canonicalTime, canonicalUuid, canonicalUuidOrNull } from './canonical.ts';
import { logContent } from './hash.ts';
import { noteDeniedLogged } from './request-context.ts';

export interface AccessLogEntry {
  personId: string | null;
  /** Only codes of the catalogue (packages/domain/src/access-log/actions.ts): each has words. */
  action: AccessAction;
  ground: AccessGround;
  outcome: 'allowed' | 'denied';
  /** What was touched, e.g. `{ consentId }`; never free text about the person. */
  detail?: Record<string, string | number | boolean | null>;
}

/**
 * Appends rows to the access log inside the caller's transaction, so a read or write and its
 * log row commit or vanish together. One statement: the database function takes a free chain
 * head (row lock until commit), chains and hashes the rows, and moves the head (decision 0003).
 * Every hashed value is made canonical here first (ids lower case, time UTC), exactly as the
 * database will store it, so no caller can write a row the verifier cannot recompute.
 */
export async function appendAccessLog(
  trx: Db,
  // audits: a user auditor acts without an account: no staff id, but the audited unit
  caller:
    | Pick<Caller, 'staffId' | 'unitId' | 'organisationId'>
    | { staffId: null; unitId: string; organisationId: string }
    | null,
  entries: AccessLogEntry[],
  /** Only the demo seed gives a time: its invented history happened on its own days. */
  options: { at?: Date } = {},
): Promise<void> {
  if (entries.length === 0) return;
  // The time is the application's, in milliseconds, so the hash can be recomputed exactly.
  const at = canonicalTime(options.at ?? new Date());
  const userId = canonicalUuidOrNull(caller?.staffId);
  const unitId = canonicalUuidOrNull(caller?.unitId);
  const organisationId = canonicalUuidOrNull(caller?.organisationId);
  const rows = entries.map((e) => ({
    at,
    userId,
    unitId,
    organisationId,
    personId: e.personId === null ? null : canonicalUuid(e.personId),
    action: e.action,
    ground: e.ground,
    outcome: e.outcome,
    detail: e.detail ? JSON.stringify(canonicalDetail(e.detail)) : null,
  }));
  await sql`select append_access_log(
    ${at}::timestamptz, ${userId}::uuid, ${unitId}::uuid, ${organisationId}::uuid,
    ${rows.map((r) => r.personId)}::uuid[], ${rows.map((r) => r.action)}::text[],
    ${rows.map((r) => r.ground)}::text[], ${rows.map((r) => r.outcome)}::text[],
    ${rows.map((r) => r.detail)}::text[], ${rows.map(logContent)}::text[])`.execute(trx);
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
  // Committed: the general refusal log (refusals.ts) need not add a row of its own.
  noteDeniedLogged();
}

/**
 * platform: the append of one row as an SQL expression, for a read that logs in the same
 * statement it reads in (the person read, the hot path: no BEGIN/COMMIT round trips). The row's
 * ground is decided by that statement (`ground`, e.g. a column of the read), so the content is
 * hashed here for each ground it may take and the statement picks the one that applies; any
 * other ground leaves no content and the insert fails — never a row the verifier cannot
 * recompute. Canonical exactly as appendAccessLog.
 */
export function appendOneAccessLogRowSql(
  caller: Pick<Caller, 'staffId' | 'unitId' | 'organisationId'>,
  entry: { personId: RawBuilder<unknown>; personIdValue: string; action: AccessAction },
  ground: RawBuilder<unknown>,
  possibleGrounds: AccessGround[],
  at: Date = new Date(),
): RawBuilder<unknown> {
  const time = canonicalTime(at);
  const userId = canonicalUuidOrNull(caller.staffId);
  const unitId = canonicalUuidOrNull(caller.unitId);
  const organisationId = canonicalUuidOrNull(caller.organisationId);
  const personId = canonicalUuid(entry.personIdValue);
  const content = sql.join(
    possibleGrounds.map(
      (g) =>
        sql`when ${g} then ${logContent({
          at: time,
          userId,
          unitId,
          organisationId,
          personId,
          action: entry.action,
          ground: g,
          outcome: 'allowed',
          detail: null,
        })}`,
    ),
    sql` `,
  );
  return sql`append_access_log(
    ${time}::timestamptz, ${userId}::uuid, ${unitId}::uuid, ${organisationId}::uuid,
    array[${entry.personId}]::uuid[], array[${entry.action}]::text[], array[${ground}]::text[],
    array['allowed']::text[], array[null]::text[], array[case ${ground} ${content} end]::text[])`;
}
