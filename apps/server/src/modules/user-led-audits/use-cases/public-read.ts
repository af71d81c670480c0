import type { PublicAudit } from '@vardflata/contracts';
import type { Db } from '../../../db/database.ts';
import { notFound } from '../../../http/problem.ts';
import { hashToken } from '../user-led-audits.context.ts';
import { findAnswerLink } from '../repositories/audit-response.repository.ts';
import { findAudit } from '../repositories/user-led-audit.repository.ts';

/** What the answering phone shows; an unknown, used or closed link is 404. Not logged: it
 * reads nothing but the questions, and a row per opening would only date the answer. */
export async function openAnswerPage(db: Db, token: string): Promise<PublicAudit> {
  const link = await findAnswerLink(db, hashToken(token));
  const row = link ? await findAudit(db, link.audit_id) : undefined;
  if (!row || row.status !== 'collecting') throw notFound();
  return {
    title: row.title,
    unitName: row.unit_name,
    userOrganisation: row.user_organisation,
    questions: row.questions,
  };
}
