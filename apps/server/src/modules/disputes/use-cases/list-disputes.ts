import type { Dispute } from '@vardflata/contracts';
import type { Caller } from '../../../access/caller.ts';
import type { Db } from '../../../db/database.ts';
import { governanceActor } from '../../collaboration-bodies/steering-group.ts';
import { present } from '../disputes.context.ts';
import { viewerOf } from '../disputes.policy.ts';
import * as disputes from '../repositories/dispute.repository.ts';

/** The disputes the caller sees; `owned`: those whose current step is theirs (the worklist). */
export async function listDisputes(
  db: Db,
  caller: Caller,
  filter: { scope: 'owned' | 'all'; status?: 'open' | 'resolved' },
  now: Date = new Date(),
): Promise<Dispute[]> {
  const actor = await governanceActor(db, caller);
  return db.transaction().execute(async (trx) => {
    const rows = await disputes.listVisibleDisputes(trx, viewerOf(actor), filter);
    return present(trx, actor, rows, now);
  });
}
