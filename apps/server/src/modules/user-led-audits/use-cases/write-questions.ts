import type { AuditQuestionsBody, AuditTeamView } from '@vardflata/contracts';
import type { Db } from '../../../db/database.ts';
import { presentTeam, withTeam } from '../user-led-audits.context.ts';
import { requireStatus } from '../user-led-audits.policy.ts';
import { saveQuestions } from '../repositories/user-led-audit.repository.ts';

/** The team writes its questions while the audit is a draft; they are fixed once collecting. */
export function writeQuestions(
  db: Db,
  token: string,
  body: AuditQuestionsBody,
): Promise<AuditTeamView> {
  return withTeam(db, token, 'user-led-audit.questions', async ({ trx, row, auditor }) => {
    requireStatus(row.status, ['draft']);
    await saveQuestions(trx, row.id, body.questions);
    return presentTeam(trx, row.id, auditor.name);
  });
}
