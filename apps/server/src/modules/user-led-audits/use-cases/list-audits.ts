import type { UserLedAudit } from '@vardflata/contracts';
import type { Caller } from '../../../access/caller.ts';
import type { Db } from '../../../db/database.ts';
import { governanceActor } from '../../collaboration-bodies/steering-group.ts';
import { logAudit, presentAudits } from '../user-led-audits.context.ts';
import { viewerOf } from '../user-led-audits.policy.ts';
import { listVisibleAudits } from '../repositories/user-led-audit.repository.ts';

/** The audits of the caller's organisation (all for the steering group), newest first. */
export async function listAudits(db: Db, caller: Caller): Promise<UserLedAudit[]> {
  const actor = await governanceActor(db, caller);
  return db.transaction().execute(async (trx) => {
    const rows = await listVisibleAudits(trx, viewerOf(actor));
    await logAudit(trx, caller, 'user-led-audit.list', { shown: rows.length });
    return presentAudits(trx, actor, rows);
  });
}
