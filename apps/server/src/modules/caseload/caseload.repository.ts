import type { Caller } from '../../access/caller.ts';
import type { Db } from '../../db/database.ts';

/**
 * The persons the caller's unit has an open care relation with, newest relation first (an order
 * by name would tell where a protected name falls in the alphabet).
 */
export function listUnitPersons(db: Db, caller: Caller, limit: number) {
  return db
    .selectFrom('care_relation as cr')
    .innerJoin('person as p', 'p.id', 'cr.person_id')
    .select([
      'p.id',
      'p.personal_identity_number',
      'p.given_name',
      'p.family_name',
      'p.protected_identity',
      'cr.opened_at',
    ])
    .where('cr.unit_id', '=', caller.unitId)
    .where('cr.closed_at', 'is', null)
    .orderBy('cr.opened_at', 'desc')
    .orderBy('p.id')
    .limit(limit)
    .execute();
}

export async function countUnitPersons(db: Db, caller: Caller): Promise<number> {
  const { n } = await db
    .selectFrom('care_relation')
    .select((eb) => eb.fn.countAll<string>().as('n'))
    .where('unit_id', '=', caller.unitId)
    .where('closed_at', 'is', null)
    .executeTakeFirstOrThrow();
  return Number(n);
}

/** Of the given persons, those with an open care relation of the caller's unit, and since when. */
export async function openRelationsOf(
  db: Db,
  caller: Caller,
  personIds: string[],
): Promise<Map<string, Date>> {
  if (personIds.length === 0) return new Map();
  const rows = await db
    .selectFrom('care_relation')
    .select(['person_id', 'opened_at'])
    .where('unit_id', '=', caller.unitId)
    .where('closed_at', 'is', null)
    .where('person_id', 'in', personIds)
    .execute();
  return new Map(rows.map((r) => [r.person_id, r.opened_at]));
}
