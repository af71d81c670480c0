import type { Caller } from '../../../access/caller.ts';
import type { Db } from '../../../db/database.ts';

/** The `sip_event` table: the SIP's history, who did what and when. */

export function listEvents(db: Db, sipId: string) {
  return db
    .selectFrom('sip_event as e')
    .leftJoin('staff as st', 'st.id', 'e.staff_id')
    .leftJoin('unit as u', 'u.id', 'e.unit_id')
    .leftJoin('organisation as o', 'o.id', 'e.organisation_id')
    .select([
      'e.at',
      'e.type',
      'e.staff_id',
      'e.detail',
      'st.name as staff_name',
      'u.name as unit_name',
      'o.name as organisation_name',
    ])
    .where('e.sip_id', '=', sipId)
    .orderBy('e.id')
    .execute();
}

export async function insertEvent(
  trx: Db,
  caller: Caller,
  sipId: string,
  type: string,
  detail: Record<string, unknown> | null = null,
): Promise<void> {
  await trx
    .insertInto('sip_event')
    .values({
      sip_id: sipId,
      type,
      staff_id: caller.staffId,
      unit_id: caller.unitId,
      organisation_id: caller.organisationId,
      detail: detail ? JSON.stringify(detail) : null,
    })
    .execute();
}
