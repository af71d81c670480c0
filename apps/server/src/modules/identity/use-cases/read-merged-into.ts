import type { MergedInto } from '@vardflata/contracts';
import type { Caller } from '../../../access/caller.ts';
import { requirePermission } from '../../../access/permissions.ts';
import { appendAccessLog, logDenied } from '../../../audit/access-log.ts';
import type { Db } from '../../../db/database.ts';
import { notFound } from '../../../http/problem.ts';
import { findVisiblePerson } from '../../persons/persons.repository.ts';
import { findTombstone } from '../repositories/identity.repository.ts';

/**
 * Where a merged reserve identity went: answered only to whoever may see the real person
 * (otherwise the link itself would reveal them), else 404 like any person one may not see.
 */
export async function readMergedInto(
  db: Db,
  caller: Caller,
  personId: string,
): Promise<MergedInto> {
  requirePermission(caller, 'person:read');
  const tombstone = await findTombstone(db, personId);
  const real = tombstone && (await findVisiblePerson(db, caller, tombstone.merged_into_person_id!));
  if (!tombstone || !real) {
    await logDenied(db, caller, { personId, action: 'person.merged-into.read', ground: 'none' });
    throw notFound();
  }
  // Logged on both: the tombstone followed, and the real person it revealed.
  await db.transaction().execute((trx) =>
    appendAccessLog(
      trx,
      caller,
      [personId, real.id].map((id) => ({
        personId: id,
        action: 'person.merged-into.read' as const,
        ground: real.ground ?? 'none',
        outcome: 'allowed' as const,
        detail: { reservePersonId: personId, mergedInto: real.id },
      })),
    ),
  );
  return {
    id: personId,
    mergedIntoPersonId: real.id,
    mergedAt: tombstone.merged_at!.toISOString(),
  };
}
