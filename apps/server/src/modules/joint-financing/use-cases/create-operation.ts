import type { CreateJointOperationBody, JointOperation } from '@vardflata/contracts';
import type { Caller } from '../../../access/caller.ts';
import type { Db } from '../../../db/database.ts';
import { badRequest } from '../../../http/problem.ts';
import { governanceActor } from '../../collaboration-bodies/steering-group.ts';
import { logAdministration } from '../joint-financing.log.ts';
import { requireMayManage } from '../joint-financing.policy.ts';
import * as keys from '../repositories/key.repository.ts';
import { listJointOperations } from './list-operations.ts';

/** A jointly financed operation (e.g. the integrated reception of seed 003). */
export async function createJointOperation(
  db: Db,
  caller: Caller,
  body: CreateJointOperationBody,
): Promise<JointOperation> {
  requireMayManage(await governanceActor(db, caller));
  const id = await db.transaction().execute(async (trx) => {
    const created = await keys.insertOperation(trx, { ...body, by: caller.staffId });
    if (!created) throw badRequest([{ path: 'name', message: 'an operation has this name' }]);
    await logAdministration(trx, caller, 'joint-financing.operation-create', {
      operationId: created,
    });
    return created;
  });
  return (await listJointOperations(db, caller)).find((o) => o.id === id)!;
}
