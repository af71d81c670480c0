import type { TriageWithdrawalRequestBody } from '@vardflata/contracts';
import type { Caller } from '../../../access/caller.ts';
import type { Db } from '../../../db/database.ts';
import { bedUnitCommand } from '../withdrawal.context.ts';
import { requireStatus } from '../withdrawal.policy.ts';
import { updateRequest } from '../repositories/withdrawal-request.repository.ts';

/** The centre's staff set the medical urgency of a waiting request ("medicinsk prioritering"). */
export const triage = (db: Db, caller: Caller, id: string, body: TriageWithdrawalRequestBody) =>
  bedUnitCommand(db, caller, id, 'withdrawal-request.triage', async ({ trx, row, now }) => {
    requireStatus(row.status, 'waiting');
    await updateRequest(trx, row.id, {
      urgency: body.urgency,
      triaged_by: caller.staffId,
      triaged_at: now,
    });
  });
