import type { DailyRateBody } from '@vardflata/contracts';
import type { Caller } from '../../../access/caller.ts';
import { appendAccessLog, logDenied } from '../../../audit/access-log.ts';
import type { Db } from '../../../db/database.ts';
import { notFound } from '../../../http/problem.ts';
import { governanceActor } from '../../collaboration-bodies/steering-group.ts';
import { mayRatePlacement } from '../joint-financing.policy.ts';
import * as settlements from '../repositories/settlement.repository.ts';

/**
 * A placement's daily rate (whole öre), the basis of its cost per period. The placement is
 * about a person: the write is logged on the person, and a caller who may not set it gets 404
 * (logged), as for a person they may not see.
 */
export async function setDailyRate(
  db: Db,
  caller: Caller,
  placementId: string,
  body: DailyRateBody,
): Promise<void> {
  const actor = await governanceActor(db, caller);
  const placement = await settlements.findPlacementForRate(db, placementId);
  if (!placement || !mayRatePlacement(actor, placement)) {
    await logDenied(db, caller, {
      personId: placement?.person_id ?? null,
      action: 'joint-financing.daily-rate',
      ground: 'none',
      detail: { placementId },
    });
    throw notFound();
  }
  await db.transaction().execute(async (trx) => {
    await settlements.upsertDailyRate(trx, { placementId, ...body, by: caller.staffId });
    await appendAccessLog(trx, caller, [
      {
        personId: placement.person_id,
        action: 'joint-financing.daily-rate',
        ground: 'administration',
        outcome: 'allowed',
        detail: { placementId, dailyRateOre: body.dailyRateOre },
      },
    ]);
  });
}
