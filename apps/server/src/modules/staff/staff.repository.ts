import type { Insertable, Updateable } from 'kysely';
import { CARE_ROLES } from '../../access/permissions.ts';
import type { Db } from '../../db/database.ts';
import type { StaffTable } from '../../db/schema.ts';
import { forgetCachedSessionsOf } from '../../auth/session-cache.ts';

/** The `staff` table: accounts (administration), the directory, and look-ups by id. */

function selectStaffAccounts(db: Db) {
  return db.selectFrom('staff').select([
    'id',
    'username',
    'name',
    'role',
    'unit_id',
    'organisation_id',
    'may_view_protected_identity',
    'totp_enabled',
    'disabled_at',
    'is_demo',
    // auth: two-person rule
    'proposal',
    'proposed_by',
    'proposed_at',
    'pending_role',
    'pending_unit_id',
    'pending_organisation_id',
    'must_change_password',
  ]);
}
export type StaffAccountRow = NonNullable<
  Awaited<ReturnType<ReturnType<typeof selectStaffAccounts>['executeTakeFirst']>>
>;

export function listStaffAccounts(db: Db): Promise<StaffAccountRow[]> {
  return selectStaffAccounts(db).orderBy('name').execute();
}

export function findStaffAccount(db: Db, id: string): Promise<StaffAccountRow | undefined> {
  return selectStaffAccounts(db).where('id', '=', id).executeTakeFirst();
}

/** auth: the account's row locked for a decision on it (approve, reset), so two administrators
 * acting at once are taken one after the other. */
export function lockStaffAccount(trx: Db, id: string): Promise<StaffAccountRow | undefined> {
  return selectStaffAccounts(trx).where('id', '=', id).forUpdate().executeTakeFirst();
}

export async function insertStaffAccount(trx: Db, values: Insertable<StaffTable>): Promise<string> {
  const { id } = await trx
    .insertInto('staff')
    .values(values)
    .returning('id')
    .executeTakeFirstOrThrow();
  return id;
}

/** Changes an account; false when there is no such account. */
export async function updateStaffAccount(
  trx: Db,
  id: string,
  changes: Updateable<StaffTable>,
): Promise<boolean> {
  // The cached sessions carry the account's name, role and placement (auth/session-cache.ts).
  forgetCachedSessionsOf(id);
  const updated = await trx
    .updateTable('staff')
    .set(changes)
    .where('id', '=', id)
    .executeTakeFirst();
  forgetCachedSessionsOf(id);
  return updated.numUpdatedRows > 0n;
}

/**
 * The staff directory: active accounts of those who work with persons, with unit and
 * organisation, each word of `q` matching the name or the unit.
 */
export function searchStaffDirectory(
  db: Db,
  filter: { q?: string | undefined; unitId?: string | undefined },
) {
  let query = db
    .selectFrom('staff as s')
    .leftJoin('unit as u', 'u.id', 's.unit_id')
    .leftJoin('organisation as o', 'o.id', 's.organisation_id')
    .select([
      's.id',
      's.name',
      's.role',
      's.unit_id',
      'u.name as unit_name',
      's.organisation_id',
      'o.name as organisation_name',
    ])
    .where('s.disabled_at', 'is', null)
    .where('s.role', '!=', 'administrator');
  if (filter.unitId) query = query.where('s.unit_id', '=', filter.unitId);
  for (const word of (filter.q ?? '').split(/\s+/).filter(Boolean)) {
    const pattern = `%${word.toLowerCase().replace(/[%_\\]/g, '\\$&')}%`;
    query = query.where((eb) =>
      eb.or([
        eb(eb.fn('lower', ['s.name']), 'like', pattern),
        eb(eb.fn('lower', ['u.name']), 'like', pattern),
      ]),
    );
  }
  return query.orderBy('s.name').limit(50).execute();
}

// ---------------------------------------------------------------- look-ups for other modules

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

// gov: the unit managers of organisations (a deviation or dispute concerning them is theirs).
export async function activeManagersOfOrganisations(
  db: Db,
  organisationIds: string[],
): Promise<string[]> {
  if (organisationIds.length === 0) return [];
  const rows = await db
    .selectFrom('staff')
    .select('id')
    .where('organisation_id', 'in', [...new Set(organisationIds)])
    .where('disabled_at', 'is', null)
    .where('role', '=', 'unit-manager')
    .orderBy('id')
    .execute();
  return rows.map((r) => r.id);
}
