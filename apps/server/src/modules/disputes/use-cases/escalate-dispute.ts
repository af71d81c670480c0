import type { Dispute } from '@vardflata/contracts';
import type { Caller } from '../../../access/caller.ts';
import type { Db } from '../../../db/database.ts';
import { withDispute } from '../disputes.context.ts';
import { climb } from '../disputes.ladder.ts';
import { requireMayEscalate } from '../disputes.policy.ts';

/** One step up the ladder; beyond the county group (4) there is none: 422. */
export function escalateDispute(
  db: Db,
  caller: Caller,
  id: string,
  now: Date = new Date(),
): Promise<Dispute> {
  return withDispute(db, caller, id, now, async ({ trx, actor, row, current }) => {
    requireMayEscalate(actor, row, current);
    await climb(trx, row, 'escalated', caller.staffId, now);
  });
}
