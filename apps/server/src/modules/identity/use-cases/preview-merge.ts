import type { MergePreview } from '@vardflata/contracts';
import type { Caller } from '../../../access/caller.ts';
import { appendAccessLog } from '../../../audit/access-log.ts';
import type { Db } from '../../../db/database.ts';
import { countConflicts, countRecords } from '../repositories/merge.repository.ts';
import { loadMergePair } from './load-pair.ts';

/** What a merge would move and which conflicts it would resolve: the confirmation's text. */
export async function previewMerge(
  db: Db,
  caller: Caller,
  reserveId: string,
  realId: string,
): Promise<MergePreview> {
  await loadMergePair(db, caller, reserveId, realId, 'person.merge-preview');
  return db.transaction().execute(async (trx) => {
    const moves = await countRecords(trx, reserveId);
    const conflicts = await countConflicts(trx, reserveId, realId);
    await appendAccessLog(
      trx,
      caller,
      [reserveId, realId].map((personId) => ({
        personId,
        action: 'person.merge-preview' as const,
        ground: 'care-relation',
        outcome: 'allowed' as const,
      })),
    );
    return { reservePersonId: reserveId, intoPersonId: realId, moves, conflicts };
  });
}
