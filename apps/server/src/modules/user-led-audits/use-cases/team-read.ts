import type { AuditTeamView } from '@vardflata/contracts';
import type { Db } from '../../../db/database.ts';
import { presentTeam, withTeam } from '../user-led-audits.context.ts';

/** The audit behind a team link, as the team sees it. */
export function teamView(db: Db, token: string): Promise<AuditTeamView> {
  return withTeam(db, token, 'user-led-audit.team-read', ({ trx, row, auditor }) =>
    presentTeam(trx, row.id, auditor.name),
  );
}
