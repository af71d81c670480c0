import type { AuditReportBody, AuditTeamView } from '@vardflata/contracts';
import type { Db } from '../../../db/database.ts';
import { presentTeam, withTeam } from '../user-led-audits.context.ts';
import { requireStatus } from '../user-led-audits.policy.ts';
import { saveReport } from '../repositories/user-led-audit.repository.ts';

/** The team writes its findings and recommendations while compiling (saved, not yet out). */
export function writeReport(db: Db, token: string, body: AuditReportBody): Promise<AuditTeamView> {
  return withTeam(db, token, 'user-led-audit.report', async ({ trx, row, auditor }) => {
    requireStatus(row.status, ['compiling']);
    await saveReport(trx, row.id, body);
    return presentTeam(trx, row.id, auditor.name);
  });
}
