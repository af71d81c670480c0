import type { AuditTeamView } from '@vardflata/contracts';
import { AUDIT_STEPS } from '@vardflata/domain';
import type { Db } from '../../../db/database.ts';
import { presentTeam, withTeam } from '../user-led-audits.context.ts';
import { requireStatus } from '../user-led-audits.policy.ts';
import { deleteAnswerLinks } from '../repositories/audit-response.repository.ts';
import { moveAudit } from '../repositories/user-led-audit.repository.ts';

/** Closes collection: unused answer links stop working and the team compiles the results. */
export function closeCollection(db: Db, token: string): Promise<AuditTeamView> {
  return withTeam(db, token, 'user-led-audit.close', async ({ trx, row, auditor }) => {
    const { from, to } = AUDIT_STEPS.close;
    requireStatus(row.status, [from]);
    await moveAudit(trx, row.id, from, to);
    await deleteAnswerLinks(trx, row.id);
    return presentTeam(trx, row.id, auditor.name);
  });
}
