import type { Settlement } from '@vardflata/contracts';
import type { Caller } from '../../../access/caller.ts';
import type { Db } from '../../../db/database.ts';
import { conflict, notFound } from '../../../http/problem.ts';
import { governanceActor } from '../../collaboration-bodies/steering-group.ts';
import { logAdministration } from '../joint-financing.log.ts';
import { requireMayManage } from '../joint-financing.policy.ts';
import * as settlements from '../repositories/settlement.repository.ts';
import { loadSettlement } from '../settlement.load.ts';
import { readSettlement } from './read-settlement.ts';

/**
 * Settles the period: the report as computed now is kept and answered from then on, so a later
 * key version or daily rate never changes what the principals were invoiced.
 */
export async function settlePeriod(
  db: Db,
  caller: Caller,
  periodId: string,
  now: Date = new Date(),
): Promise<Settlement> {
  requireMayManage(await governanceActor(db, caller));
  await db.transaction().execute(async (trx) => {
    await settlements.lockPeriod(trx, periodId);
    const period = await settlements.findPeriod(trx, periodId);
    if (!period) throw notFound();
    if (period.status === 'settled') throw conflict('The period is already settled.');
    const snapshot = await loadSettlement(trx, period);
    await settlements.settlePeriod(trx, periodId, { snapshot, by: caller.staffId, at: now });
    await logAdministration(trx, caller, 'joint-financing.period-settle', {
      periodId,
      totalOre: snapshot.report.totalOre,
    });
  });
  return readSettlement(db, caller, periodId);
}
