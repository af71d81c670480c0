import type { UserLedAudit } from '@vardflata/contracts';
import type { Caller } from '../../../access/caller.ts';
import type { Db } from '../../../db/database.ts';
import { notFound } from '../../../http/problem.ts';
import { governanceActor } from '../../collaboration-bodies/steering-group.ts';
import { logAudit, presentAudits } from '../user-led-audits.context.ts';
import { viewerOf } from '../user-led-audits.policy.ts';
import { listVisibleAudits } from '../repositories/user-led-audit.repository.ts';

/** One audit the caller may see; any other is 404. */
export async function getAudit(db: Db, caller: Caller, id: string): Promise<UserLedAudit> {
  const actor = await governanceActor(db, caller);
  return db.transaction().execute(async (trx) => {
    const rows = await listVisibleAudits(trx, viewerOf(actor), id);
    if (!rows[0]) throw notFound();
    await logAudit(trx, caller, 'user-led-audit.read', { auditId: id });
    return (await presentAudits(trx, actor, rows))[0]!;
  });
}
