import type { MergeResult } from '@vardflata/contracts';
import type { Caller } from '../../../access/caller.ts';
import { appendAccessLog } from '../../../audit/access-log.ts';
import type { Db } from '../../../db/database.ts';
import { conflict } from '../../../http/problem.ts';
import { todayInStockholm } from '../../../util/time.ts';
import { identityFacts } from '../repositories/identity.repository.ts';
import {
  lockPersons,
  markMerged,
  moveRecords,
  resolveConflicts,
} from '../repositories/merge.repository.ts';
import { loadMergePair } from './load-pair.ts';

/**
 * Merges a reserve identity into the real person (decision 0019-b) in ONE transaction: the
 * conflicts resolved by the policy's rules, every record re-pointed, the reserve left as a
 * tombstone, the merge recorded and logged on both persons. Anything failing undoes it all.
 */
export async function mergeIdentity(
  db: Db,
  caller: Caller,
  reserveId: string,
  realId: string,
  now: Date = new Date(),
): Promise<MergeResult> {
  await loadMergePair(db, caller, reserveId, realId, 'person.merge');
  return db.transaction().execute(async (trx) => {
    await lockPersons(trx, [reserveId, realId]);
    // Checked again under the lock: a merge that raced this one has left a tombstone.
    if ((await identityFacts(trx, caller, reserveId))?.merged_into_person_id) {
      throw conflict('The reserve identity is already merged.');
    }
    await resolveConflicts(trx, caller, reserveId, realId, todayInStockholm(now));
    const moved = await moveRecords(trx, reserveId, realId);
    const mergedAt = await markMerged(trx, caller, reserveId, realId, moved);
    await appendAccessLog(trx, caller, [
      {
        personId: reserveId,
        action: 'person.merge',
        ground: 'care-relation',
        outcome: 'allowed',
        detail: { mergedInto: realId },
      },
      {
        personId: realId,
        action: 'person.merge',
        ground: 'care-relation',
        outcome: 'allowed',
        detail: { mergedFrom: reserveId },
      },
    ]);
    return {
      reservePersonId: reserveId,
      intoPersonId: realId,
      mergedAt: mergedAt.toISOString(),
      moved,
    };
  });
}
