import type { Role, StaffMember } from '@vardflata/contracts';
import type { Caller } from '../../access/caller.ts';
import { CARE_ROLES, requirePermission } from '../../access/permissions.ts';
import { hashPassword } from '../../auth/password.ts';
import { endSessionsOf } from '../../auth/session-store.ts';
import type { Db } from '../../db/database.ts';
import { isUniqueViolation } from '../../db/errors.ts';
import { badRequest, conflict, notFound, type FieldError } from '../../http/problem.ts';
import { findOrganisation, findUnit } from '../organisations/organisations.repository.ts';
import { logAdministration } from '../organisations/organisations.service.ts';
import * as repo from './staff.repository.ts';
import type { StaffAccountRow } from './staff.repository.ts';

/** Roles that act for a unit; the others belong to an organisation (analyst) or none (admin). */
const UNIT_ROLES: readonly Role[] = [...CARE_ROLES, 'unit-manager'];

const toStaffMember = (r: StaffAccountRow): StaffMember => ({
  id: r.id,
  username: r.username,
  name: r.name,
  role: r.role as Role,
  unitId: r.unit_id,
  organisationId: r.organisation_id,
  mayViewProtectedIdentity: r.may_view_protected_identity,
  secondFactorEnabled: r.totp_enabled,
  disabled: r.disabled_at !== null,
  demo: r.is_demo,
});

/**
 * Where an account belongs follows from its role: unit roles need a unit (the organisation is
 * the unit's), an analyst needs an organisation, an administrator belongs to none.
 */
async function placement(
  db: Db,
  role: Role,
  unitId: string | null | undefined,
  organisationId: string | null | undefined,
): Promise<{ unit_id: string | null; organisation_id: string | null }> {
  const errors: FieldError[] = [];
  if (UNIT_ROLES.includes(role)) {
    if (!unitId) throw badRequest([{ path: 'unitId', message: `required for the role ${role}` }]);
    const unit = await findUnit(db, unitId);
    if (!unit) throw badRequest([{ path: 'unitId', message: 'no such unit' }]);
    return { unit_id: unit.id, organisation_id: unit.organisation_id };
  }
  if (unitId) errors.push({ path: 'unitId', message: `the role ${role} belongs to no unit` });
  if (role === 'analyst') {
    if (!organisationId)
      errors.push({ path: 'organisationId', message: 'required for an analyst' });
    else if (!(await findOrganisation(db, organisationId))) {
      errors.push({ path: 'organisationId', message: 'no such organisation' });
    }
  } else if (organisationId) {
    errors.push({ path: 'organisationId', message: 'an administrator belongs to no organisation' });
  }
  if (errors.length) throw badRequest(errors);
  return { unit_id: null, organisation_id: role === 'analyst' ? organisationId! : null };
}

export async function listStaff(db: Db, caller: Caller): Promise<StaffMember[]> {
  requirePermission(caller, 'administration');
  return (await repo.listStaffAccounts(db)).map(toStaffMember);
}

export async function createStaff(
  db: Db,
  caller: Caller,
  body: {
    username: string;
    name: string;
    role: Role;
    unitId?: string | null | undefined;
    organisationId?: string | null | undefined;
    password: string;
    mayViewProtectedIdentity?: boolean | undefined;
  },
): Promise<StaffMember> {
  requirePermission(caller, 'administration');
  const where = await placement(db, body.role, body.unitId, body.organisationId);
  const passwordHash = await hashPassword(body.password);
  try {
    return await db.transaction().execute(async (trx) => {
      const id = await repo.insertStaffAccount(trx, {
        username: body.username,
        name: body.name,
        role: body.role,
        ...where,
        password_hash: passwordHash,
        may_view_protected_identity: body.mayViewProtectedIdentity ?? false,
      });
      await logAdministration(trx, caller, 'staff.create', { staffId: id });
      return toStaffMember((await repo.findStaffAccount(trx, id))!);
    });
  } catch (error) {
    if (isUniqueViolation(error)) throw conflict('That user name is taken.');
    throw error;
  }
}

export async function updateStaff(
  db: Db,
  caller: Caller,
  id: string,
  body: {
    name?: string | undefined;
    role?: Role | undefined;
    unitId?: string | null | undefined;
    organisationId?: string | null | undefined;
    disabled?: boolean | undefined;
    mayViewProtectedIdentity?: boolean | undefined;
  },
): Promise<StaffMember> {
  requirePermission(caller, 'administration');
  const current = await repo.findStaffAccount(db, id);
  if (!current) throw notFound();
  if (id === caller.staffId && (body.disabled || (body.role && body.role !== 'administrator'))) {
    throw badRequest([
      { path: body.disabled ? 'disabled' : 'role', message: 'you cannot lock yourself out' },
    ]);
  }
  const role = body.role ?? (current.role as Role);
  const placementChanged =
    body.role !== undefined || body.unitId !== undefined || body.organisationId !== undefined;
  const where = placementChanged
    ? await placement(
        db,
        role,
        body.unitId !== undefined ? body.unitId : current.unit_id,
        body.organisationId !== undefined ? body.organisationId : current.organisation_id,
      )
    : {};
  return db.transaction().execute(async (trx) => {
    await repo.updateStaffAccount(trx, id, {
      ...(body.name !== undefined ? { name: body.name } : {}),
      ...(body.role !== undefined ? { role: body.role } : {}),
      ...where,
      ...(body.mayViewProtectedIdentity !== undefined
        ? { may_view_protected_identity: body.mayViewProtectedIdentity }
        : {}),
      ...(body.disabled !== undefined ? { disabled_at: body.disabled ? new Date() : null } : {}),
    });
    // A disabled account loses its sessions at once; so does one moved to another role or
    // unit, so nothing acts under its old rights.
    if (body.disabled || placementChanged) await endSessionsOf(trx, id);
    await logAdministration(trx, caller, 'staff.update', { staffId: id });
    return toStaffMember((await repo.findStaffAccount(trx, id))!);
  });
}

export async function setPassword(db: Db, caller: Caller, id: string, password: string) {
  requirePermission(caller, 'administration');
  const passwordHash = await hashPassword(password);
  await db.transaction().execute(async (trx) => {
    if (!(await repo.updateStaffAccount(trx, id, { password_hash: passwordHash }))) {
      throw notFound();
    }
    await endSessionsOf(trx, id);
    await logAdministration(trx, caller, 'staff.set-password', { staffId: id });
  });
}

export async function resetSecondFactor(db: Db, caller: Caller, id: string) {
  requirePermission(caller, 'administration');
  await db.transaction().execute(async (trx) => {
    const reset = { totp_secret: null, totp_enabled: false, totp_last_step: null };
    if (!(await repo.updateStaffAccount(trx, id, reset))) throw notFound();
    await endSessionsOf(trx, id);
    await logAdministration(trx, caller, 'staff.reset-second-factor', { staffId: id });
  });
}

/**
 * The staff directory for those who work with persons: active accounts with their unit and
 * organisation, so a coordinator, a responsible person or a participant can be named.
 */
export async function staffDirectory(
  db: Db,
  caller: Caller,
  filter: { q?: string | undefined; unitId?: string | undefined },
) {
  requirePermission(caller, 'person:read');
  const rows = await repo.searchStaffDirectory(db, filter);
  return rows.map((r) => ({
    id: r.id,
    name: r.name,
    role: r.role as Role,
    unitId: r.unit_id,
    unitName: r.unit_name,
    organisationId: r.organisation_id,
    organisationName: r.organisation_name,
  }));
}
