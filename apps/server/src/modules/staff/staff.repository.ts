import { CARE_ROLES } from '../../access/permissions.ts';
import type { Db } from '../../db/database.ts';

/** Look-ups of staff accounts by id for other modules (SIP participants, coordinators). */

/** Staff members by id, disabled ones included (the caller decides), with unit and organisation. */
export function findStaffByIds(db: Db, staffIds: string[]) {
  if (staffIds.length === 0) return Promise.resolve([]);
  return db
    .selectFrom('staff as st')
    .leftJoin('unit as u', 'u.id', 'st.unit_id')
    .leftJoin('organisation as o', 'o.id', 'st.organisation_id')
    .select([
      'st.id',
      'st.name',
      'st.unit_id',
      'st.organisation_id',
      'st.disabled_at',
      'u.name as unit_name',
      'o.name as organisation_name',
      'o.kind as organisation_kind',
    ])
    .where('st.id', 'in', [...new Set(staffIds)])
    .execute();
}
export type StaffWithPlace = Awaited<ReturnType<typeof findStaffByIds>>[number];

/** Active staff in care roles of the given units (a unit invited to a SIP means its staff). */
export async function activeCareStaffOfUnits(db: Db, unitIds: string[]): Promise<string[]> {
  if (unitIds.length === 0) return [];
  const rows = await db
    .selectFrom('staff')
    .select('id')
    .where('unit_id', 'in', [...new Set(unitIds)])
    .where('disabled_at', 'is', null)
    .where('role', 'in', [...CARE_ROLES])
    .execute();
  return rows.map((r) => r.id);
}
