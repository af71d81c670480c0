import type { AuditTeamView } from '@vardflata/contracts';
import { AUDIT_STEPS } from '@vardflata/domain';
import type { Db } from '../../../db/database.ts';
import { unprocessable } from '../../../http/problem.ts';
import { presentTeam, withTeam } from '../user-led-audits.context.ts';
import { requireStatus } from '../user-led-audits.policy.ts';
import { moveAudit } from '../repositories/user-led-audit.repository.ts';

/** Opens collection: the questions are fixed from now on. */
export function openCollection(db: Db, token: string): Promise<AuditTeamView> {
  return withTeam(db, token, 'user-led-audit.open', async ({ trx, row, auditor }) => {
    const { from, to } = AUDIT_STEPS.open;
    requireStatus(row.status, [from]);
    if (row.questions.length === 0)
      throw unprocessable('The audit has no questions yet.', { missing: ['questions'] });
    await moveAudit(trx, row.id, from, to);
    return presentTeam(trx, row.id, auditor.name);
  });
}
