import type { Dispute } from '@vardflata/contracts';
import type { Caller } from '../../../access/caller.ts';
import type { Db } from '../../../db/database.ts';
import { notFound } from '../../../http/problem.ts';
import { governanceActor } from '../../collaboration-bodies/steering-group.ts';
import { present } from '../disputes.context.ts';
import { viewerOf } from '../disputes.policy.ts';
import * as disputes from '../repositories/dispute.repository.ts';

export async function getDispute(
  db: Db,
  caller: Caller,
  id: string,
  now: Date = new Date(),
): Promise<Dispute> {
  const actor = await governanceActor(db, caller);
  return db.transaction().execute(async (trx) => {
    const row = await disputes.findVisibleDispute(trx, viewerOf(actor), id);
    if (!row) throw notFound();
    return (await present(trx, actor, [row], now))[0]!;
  });
}
