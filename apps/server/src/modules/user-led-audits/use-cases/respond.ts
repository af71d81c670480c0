import type { RespondAuditBody, UserLedAudit } from '@vardflata/contracts';
import { AUDIT_STEPS } from '@vardflata/domain';
import type { Caller } from '../../../access/caller.ts';
import type { Db } from '../../../db/database.ts';
import { withAudit } from '../user-led-audits.context.ts';
import { requireMayRespond } from '../user-led-audits.policy.ts';
import { moveAudit } from '../repositories/user-led-audit.repository.ts';

/** The unit's manager answers the published report with what the unit will do. */
export function respondToAudit(
  db: Db,
  caller: Caller,
  id: string,
  body: RespondAuditBody,
  now: Date = new Date(),
): Promise<UserLedAudit> {
  return withAudit(db, caller, id, 'user-led-audit.respond', async (trx, actor, row) => {
    requireMayRespond(actor, row);
    const { from, to } = AUDIT_STEPS.respond;
    await moveAudit(trx, id, from, to, {
      planned_actions: body.plannedActions,
      responded_by: caller.staffId,
      responded_at: now,
    });
  });
}
