import type { OperationCostBody } from '@vardflata/contracts';
import type { Caller } from '../../../access/caller.ts';
import type { Db } from '../../../db/database.ts';
import { badRequest, conflict, notFound } from '../../../http/problem.ts';
import { governanceActor } from '../../collaboration-bodies/steering-group.ts';
import { logAdministration } from '../joint-financing.log.ts';
import { requireMayManage } from '../joint-financing.policy.ts';
import * as keys from '../repositories/key.repository.ts';
import * as settlements from '../repositories/settlement.repository.ts';

/** The operation's cost in an open period (whole öre); a settled period is not changed. */
export async function setOperationCost(
  db: Db,
  caller: Caller,
  operationId: string,
  body: OperationCostBody,
): Promise<void> {
  requireMayManage(await governanceActor(db, caller));
  if (!(await keys.findOperation(db, operationId))) throw notFound();
  await db.transaction().execute(async (trx) => {
    await settlements.lockPeriod(trx, body.periodId);
    const period = await settlements.findPeriod(trx, body.periodId);
    if (!period) throw badRequest([{ path: 'periodId', message: 'no such period' }]);
    if (period.status === 'settled') throw conflict('The period is settled.');
    await settlements.upsertOperationCost(trx, { operationId, ...body, by: caller.staffId });
    await logAdministration(trx, caller, 'joint-financing.cost-set', {
      operationId,
      periodId: body.periodId,
      amountOre: body.amountOre,
    });
  });
}
