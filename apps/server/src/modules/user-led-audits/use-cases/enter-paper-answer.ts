import type { AuditAnswersBody, AuditTeamView } from '@vardflata/contracts';
import type { Db } from '../../../db/database.ts';
import { presentTeam, withTeam } from '../user-led-audits.context.ts';
import { requireAnswersFit, requireStatus } from '../user-led-audits.policy.ts';
import { insertResponse } from '../repositories/audit-response.repository.ts';

/** An auditor enters the answers of a paper interview; the answer keeps no interviewer. */
export function enterPaperAnswer(
  db: Db,
  token: string,
  body: AuditAnswersBody,
): Promise<AuditTeamView> {
  return withTeam(db, token, 'user-led-audit.paper-answer', async ({ trx, row, auditor }) => {
    requireStatus(row.status, ['collecting']);
    requireAnswersFit(row.questions, body.answers);
    await insertResponse(trx, { auditId: row.id, source: 'paper', answers: body.answers });
    return presentTeam(trx, row.id, auditor.name);
  });
}
