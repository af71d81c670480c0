import type { AuditAnswer } from '@vardflata/domain';
import type { Db } from '../../../db/database.ts';

/** One-time answer links (hash only) and the answers, which name no one. */

export async function insertAnswerLinks(trx: Db, auditId: string, tokenHashes: string[]) {
  if (tokenHashes.length === 0) return;
  await trx
    .insertInto('user_led_audit_link')
    .values(tokenHashes.map((h) => ({ token_hash: h, audit_id: auditId })))
    .execute();
}

export function findAnswerLink(db: Db, tokenHash: string) {
  return db
    .selectFrom('user_led_audit_link')
    .select('audit_id')
    .where('token_hash', '=', tokenHash)
    .executeTakeFirst();
}

/** Uses a link up: it is deleted, so nothing remains to tie it to the answer. */
export function takeAnswerLink(trx: Db, tokenHash: string) {
  return trx
    .deleteFrom('user_led_audit_link')
    .where('token_hash', '=', tokenHash)
    .returning('audit_id')
    .executeTakeFirst();
}

/** Closing collection makes every unused link useless. */
export async function deleteAnswerLinks(trx: Db, auditId: string) {
  await trx.deleteFrom('user_led_audit_link').where('audit_id', '=', auditId).execute();
}

export async function insertResponse(
  trx: Db,
  row: { auditId: string; source: 'link' | 'paper'; answers: AuditAnswer[] },
) {
  await trx
    .insertInto('user_led_audit_response')
    .values({ audit_id: row.auditId, source: row.source, answers: JSON.stringify(row.answers) })
    .execute();
}

/** The answers of an audit, in no meaningful order (by id, a random uuid). */
export async function listResponses(db: Db, auditId: string): Promise<AuditAnswer[][]> {
  const rows = await db
    .selectFrom('user_led_audit_response')
    .select('answers')
    .where('audit_id', '=', auditId)
    .orderBy('id')
    .execute();
  return rows.map((r) => r.answers);
}

export async function countResponses(db: Db, auditId: string): Promise<number> {
  const row = await db
    .selectFrom('user_led_audit_response')
    .select((eb) => eb.fn.countAll<string>().as('n'))
    .where('audit_id', '=', auditId)
    .executeTakeFirstOrThrow();
  return Number(row.n);
}
