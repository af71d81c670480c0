import type { Caller } from '../../../access/caller.ts';
import type { Db } from '../../../db/database.ts';
import { badRequest } from '../../../http/problem.ts';
import { listBodies } from '../../collaboration-bodies/repositories/meeting.repository.ts';
import { withDeviation } from '../deviations.context.ts';
import { requireMayClose } from '../deviations.policy.ts';
import * as deviations from '../repositories/deviation.repository.ts';

/** Raised to a collaboration body: it comes onto the body's next agenda. */
export function raiseDeviationToBody(db: Db, caller: Caller, id: string, bodyId: string) {
  return withDeviation(db, caller, id, async (trx, actor, row) => {
    requireMayClose(actor, row);
    const [body] = await listBodies(trx, bodyId);
    if (!body) throw badRequest([{ path: 'bodyId', message: 'no such collaboration body' }]);
    await deviations.raiseToBody(trx, id, bodyId);
  });
}
