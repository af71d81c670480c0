import type { AuditAnswersBody } from '@vardflata/contracts';
import type { Db } from '../../../db/database.ts';
import { notFound } from '../../../http/problem.ts';
import { hashToken, logAudit } from '../user-led-audits.context.ts';
import { requireAnswersFit } from '../user-led-audits.policy.ts';
import {
  findAnswerLink,
  insertResponse,
  takeAnswerLink,
} from '../repositories/audit-response.repository.ts';
import { findAudit, lockAudit } from '../repositories/user-led-audit.repository.ts';

/**
 * The answer, once: the link is deleted and the answers kept with the audit only. The log row
 * names the audit and the unit, never the link or the answer.
 */
export function submitAnswer(db: Db, token: string, body: AuditAnswersBody) {
  return db.transaction().execute(async (trx) => {
    const link = await findAnswerLink(trx, hashToken(token));
    if (!link) throw notFound();
    await lockAudit(trx, link.audit_id);
    const row = (await findAudit(trx, link.audit_id))!;
    if (row.status !== 'collecting') throw notFound();
    requireAnswersFit(row.questions, body.answers);
    if (!(await takeAnswerLink(trx, hashToken(token)))) throw notFound();
    await insertResponse(trx, { auditId: row.id, source: 'link', answers: body.answers });
    await logAudit(
      trx,
      { staffId: null, unitId: row.unit_id, organisationId: row.organisation_id },
      'user-led-audit.answer',
      { auditId: row.id },
    );
    return { received: true };
  });
}
