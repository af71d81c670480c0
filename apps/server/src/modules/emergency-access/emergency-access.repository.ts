import type { Caller } from '../../access/caller.ts';
import type { Db } from '../../db/database.ts';

/** The `emergency_access` table: each emergency access, who opened it and its review. */

function selectEmergencyAccess(db: Db) {
  return db
    .selectFrom('emergency_access as ea')
    .innerJoin('staff as s', 's.id', 'ea.staff_id')
    .selectAll('ea')
    .select('s.name as staff_name');
}

export type EmergencyAccessRow = NonNullable<
  Awaited<ReturnType<ReturnType<typeof selectEmergencyAccess>['executeTakeFirst']>>
>;

/** One emergency access, if it exists (and, with `unitId`, was opened at that unit). */
export function findEmergencyAccess(db: Db, id: string, unitId?: string | null) {
  let query = selectEmergencyAccess(db).where('ea.id', '=', id);
  if (unitId !== undefined) query = query.where('ea.unit_id', '=', unitId);
  return query.executeTakeFirst();
}

/** Emergency accesses by staff of a unit, newest first; reviewed, unreviewed, or all. */
export function listEmergencyAccessOfUnit(
  db: Db,
  unitId: string | null,
  reviewed: boolean | undefined,
) {
  let query = selectEmergencyAccess(db).where('ea.unit_id', '=', unitId);
  if (reviewed === true) query = query.where('ea.reviewed_at', 'is not', null);
  if (reviewed === false) query = query.where('ea.reviewed_at', 'is', null);
  return query.orderBy('ea.started_at', 'desc').limit(500).execute();
}

export async function insertEmergencyAccess(
  trx: Db,
  caller: Caller,
  access: { personId: string; reason: string; expiresAt: Date },
): Promise<string> {
  const { id } = await trx
    .insertInto('emergency_access')
    .values({
      person_id: access.personId,
      staff_id: caller.staffId,
      unit_id: caller.unitId,
      organisation_id: caller.organisationId,
      reason: access.reason,
      expires_at: access.expiresAt,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  return id;
}

/** Records the review; only an unreviewed row is updated, so of two racing reviews the second
 * finds none and answers false. */
export async function markReviewed(
  trx: Db,
  caller: Caller,
  id: string,
  note: string | null,
): Promise<boolean> {
  const updated = await trx
    .updateTable('emergency_access')
    .set({ reviewed_at: new Date(), reviewed_by: caller.staffId, review_note: note })
    .where('id', '=', id)
    .where('reviewed_at', 'is', null)
    .executeTakeFirst();
  return updated.numUpdatedRows > 0n;
}
