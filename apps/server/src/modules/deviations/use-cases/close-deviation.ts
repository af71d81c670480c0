import type { CloseDeviationBody, Deviation } from '@vardflata/contracts';
import type { Caller } from '../../../access/caller.ts';
import type { Db } from '../../../db/database.ts';
import { withDeviation } from '../deviations.context.ts';
import { requireMayClose } from '../deviations.policy.ts';
import * as deviations from '../repositories/deviation.repository.ts';

/** Closed with what was done. */
export function closeDeviation(
  db: Db,
  caller: Caller,
  id: string,
  body: CloseDeviationBody,
  now: Date = new Date(),
): Promise<Deviation> {
  return withDeviation(db, caller, id, async (trx, actor, row) => {
    requireMayClose(actor, row);
    await deviations.recordClosing(trx, id, {
      actionTaken: body.actionTaken,
      by: caller.staffId,
      at: now,
    });
  });
}
