import type { AuditTeamView } from '@vardflata/contracts';
import { AUDIT_STEPS } from '@vardflata/domain';
import type { Db } from '../../../db/database.ts';
import { unprocessable } from '../../../http/problem.ts';
import { presentTeam, withTeam } from '../user-led-audits.context.ts';
import { requireStatus } from '../user-led-audits.policy.ts';
import { moveAudit } from '../repositories/user-led-audit.repository.ts';

/** Publishes the report to the unit: from now on its staff read it and its manager answers. */
export function publishReport(
  db: Db,
  token: string,
  now: Date = new Date(),
): Promise<AuditTeamView> {
  return withTeam(db, token, 'user-led-audit.publish', async ({ trx, row, auditor }) => {
    const { from, to } = AUDIT_STEPS.publish;
    requireStatus(row.status, [from]);
    const missing = (['findings', 'recommendations'] as const).filter((k) => !row[k]);
    if (missing.length) throw unprocessable('The report is not written yet.', { missing });
    await moveAudit(trx, row.id, from, to, { published_at: now });
    return presentTeam(trx, row.id, auditor.name);
  });
}
