import type { Dispute } from '@vardflata/contracts';
import type { Caller } from '../../../access/caller.ts';
import type { Db } from '../../../db/database.ts';
import { badRequest } from '../../../http/problem.ts';
import { listBodies } from '../../collaboration-bodies/repositories/meeting.repository.ts';
import { withDispute } from '../disputes.context.ts';
import { requireMayResolve } from '../disputes.policy.ts';
import * as disputes from '../repositories/dispute.repository.ts';

/** Raised to a collaboration body (e.g. a matter of principle): on the body's next agenda. */
export function raiseDisputeToBody(
  db: Db,
  caller: Caller,
  id: string,
  bodyId: string,
  now: Date = new Date(),
): Promise<Dispute> {
  return withDispute(db, caller, id, now, async ({ trx, actor, row, current }) => {
    requireMayResolve(actor, row, current);
    const [body] = await listBodies(trx, bodyId);
    if (!body) throw badRequest([{ path: 'bodyId', message: 'no such collaboration body' }]);
    await disputes.raiseDisputeToBody(trx, id, bodyId);
  });
}
