import type { Insertable } from 'kysely';
import type { Db } from '../../../db/database.ts';
import type { CareHandoverTable } from '../../../db/schema.ts';

function selectHandovers(db: Db) {
  return db
    .selectFrom('care_handover as h')
    .innerJoin('unit as fu', 'fu.id', 'h.from_unit_id')
    .innerJoin('unit as tu', 'tu.id', 'h.to_unit_id')
    .selectAll('h')
    .select(['fu.name as from_unit_name', 'tu.name as to_unit_name']);
}
export type HandoverRow = NonNullable<Awaited<ReturnType<typeof findHandover>>>;

export function findHandover(db: Db, id: string) {
  return selectHandovers(db).where('h.id', '=', id).executeTakeFirst();
}

/** Hand-overs the unit has not accepted yet (its worklist). */
export function listWaitingHandovers(db: Db, toUnitId: string) {
  return selectHandovers(db)
    .where('h.to_unit_id', '=', toUnitId)
    .where('h.accepted_at', 'is', null)
    .orderBy('h.handed_over_at')
    .execute();
}

export async function insertHandover(trx: Db, values: Insertable<CareHandoverTable>) {
  const { id } = await trx
    .insertInto('care_handover')
    .values(values)
    .returning('id')
    .executeTakeFirstOrThrow();
  return id;
}

export async function acceptHandover(trx: Db, id: string, staffId: string, at: Date) {
  await trx
    .updateTable('care_handover')
    .set({ accepted_by: staffId, accepted_at: at })
    .where('id', '=', id)
    .where('accepted_at', 'is', null)
    .execute();
}
