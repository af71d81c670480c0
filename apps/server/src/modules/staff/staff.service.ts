import type { Role, StaffMember } from '@vardflata/contracts';
import type { Caller } from '../../access/caller.ts';
import { CARE_ROLES, requirePermission } from '../../access/permissions.ts';
import { hashPassword } from '../../auth/password.ts';
import { endSessionsOf } from '../../auth/session-store.ts';
import { lockedUsernames } from '../../auth/throttle.ts';
import type { Updateable } from 'kysely';
import type { Db } from '../../db/database.ts';
import type { StaffTable } from '../../db/schema.ts';
import { isUniqueViolation } from '../../db/errors.ts';
import { badRequest, conflict, notFound, type FieldError } from '../../http/problem.ts';
import { findOrganisation, findUnit } from '../organisations/organisations.repository.ts';
import { logAdministration } from '../organisations/organisations.service.ts';
import * as repo from './staff.repository.ts';
import type { StaffAccountRow } from './staff.repository.ts';
import { needsApproval, nextProposal } from './staff.policy.ts';

/** Roles that act for a unit; the others belong to an organisation (analyst) or none (admin). */
const UNIT_ROLES: readonly Role[] = [...CARE_ROLES, 'unit-manager'];

const toIso = (d: Date | string) => new Date(d).toISOString();

export const toStaffMember = (r: StaffAccountRow, locked: ReadonlySet<string>): StaffMember => ({
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
  proposal:
    r.proposal && r.proposed_by && r.proposed_at
      ? {
          kind: r.proposal,
          proposedBy: r.proposed_by,
          proposedAt: toIso(r.proposed_at),
          role: (r.pending_role as Role | null) ?? null,
          unitId: r.pending_unit_id,
          organisationId: r.pending_organisation_id,
        }
      : null,
  mustChangePassword: r.must_change_password,
  signInLocked: locked.has(r.username),
});

/** An account as the administrator sees it, with its sign-in lock as of `now`. */
export async function presentAccount(db: Db, id: string, now: Date): Promise<StaffMember> {
  const row = await repo.findStaffAccount(db, id);
  if (!row) throw notFound();
  return toStaffMember(row, await lockedUsernames(db, now));
}

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

export async function listStaff(db: Db, caller: Caller, now: Date): Promise<StaffMember[]> {
  requirePermission(caller, 'administration');
  const locked = await lockedUsernames(db, now);
  return (await repo.listStaffAccounts(db)).map((r) => toStaffMember(r, locked));
}

export async function createStaff(
  db: Db,
  caller: Caller,
  now: Date,
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
        // auth: the holder chooses her own password and enrols a second factor at first
        // sign-in; an account that may see person data waits for a second administrator.
        must_change_password: true,
        must_enrol_second_factor: true,
        ...(needsApproval(body.role)
          ? { proposal: 'account' as const, proposed_by: caller.staffId, proposed_at: now }
          : {}),
      });
      await logAdministration(trx, caller, 'staff.create', { staffId: id });
      return presentAccount(trx, id, now);
    });
  } catch (error) {
    if (isUniqueViolation(error)) throw conflict('That user name is taken.');
    throw error;
  }
}

export async function updateStaff(
  db: Db,
  caller: Caller,
  now: Date,
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
  const where: { unit_id?: string | null; organisation_id?: string | null } = placementChanged
    ? await placement(
        db,
        role,
        body.unitId !== undefined ? body.unitId : current.unit_id,
        body.organisationId !== undefined ? body.organisationId : current.organisation_id,
      )
    : {};
  // auth: a new role that sees person data is proposed, not given (two-person rule).
  const proposeRole = body.role !== undefined && body.role !== current.role && needsApproval(role);
  if (proposeRole && current.proposal !== null) {
    throw conflict('Something already awaits approval on this account; settle it first.');
  }
  return db.transaction().execute(async (trx) => {
    if (proposeRole) {
      await repo.updateStaffAccount(trx, id, {
        proposal: 'role',
        proposed_by: caller.staffId,
        proposed_at: now,
        pending_role: role,
        pending_unit_id: where.unit_id ?? null,
        pending_organisation_id: where.organisation_id ?? null,
      });
      await logAdministration(trx, caller, 'staff.propose-role', { staffId: id });
    }
    const changes = {
      ...(body.name !== undefined ? { name: body.name } : {}),
      ...(body.role !== undefined && !proposeRole ? { role: body.role } : {}),
      ...(proposeRole ? {} : where),
      ...(body.mayViewProtectedIdentity !== undefined
        ? { may_view_protected_identity: body.mayViewProtectedIdentity }
        : {}),
      ...(body.disabled !== undefined ? { disabled_at: body.disabled ? new Date() : null } : {}),
    };
    if (Object.keys(changes).length > 0) {
      await repo.updateStaffAccount(trx, id, changes);
      await logAdministration(trx, caller, 'staff.update', { staffId: id });
    }
    // A disabled account loses its sessions at once; so does one moved to another role or
    // unit, so nothing acts under its old rights.
    if (body.disabled || (placementChanged && !proposeRole)) await endSessionsOf(trx, id);
    return presentAccount(trx, id, now);
  });
}

/**
 * auth: an administrator's new password is one-time — the holder must choose her own at the
 * next sign-in — and, for an account that may see person data, waits for a second
 * administrator before it opens anything (decision 0012). Your own password you change
 * yourself (`POST /api/me/password`).
 */
export async function setPassword(db: Db, caller: Caller, now: Date, id: string, password: string) {
  requirePermission(caller, 'administration');
  if (id === caller.staffId) {
    throw badRequest([{ path: 'id', message: 'change your own password under your account' }]);
  }
  const passwordHash = await hashPassword(password);
  await resetCredential(db, caller, now, id, 'password', {
    password_hash: passwordHash,
    must_change_password: true,
  });
}

export async function resetSecondFactor(db: Db, caller: Caller, now: Date, id: string) {
  requirePermission(caller, 'administration');
  await resetCredential(db, caller, now, id, 'second-factor', {
    totp_secret: null,
    totp_enabled: false,
    totp_last_step: null,
    must_enrol_second_factor: true,
  });
}

async function resetCredential(
  db: Db,
  caller: Caller,
  now: Date,
  id: string,
  kind: 'password' | 'second-factor',
  changes: Updateable<StaffTable>,
) {
  await db.transaction().execute(async (trx) => {
    const current = await repo.lockStaffAccount(trx, id);
    if (!current) throw notFound();
    const proposal = needsApproval(current.role as Role)
      ? nextProposal(current.proposal, kind)
      : null;
    if (proposal === 'conflict') {
      throw conflict('A role change awaits approval on this account; settle it first.');
    }
    await repo.updateStaffAccount(trx, id, {
      ...changes,
      ...(proposal ? { proposal, proposed_by: caller.staffId, proposed_at: now } : {}),
    });
    await endSessionsOf(trx, id);
    await logAdministration(
      trx,
      caller,
      kind === 'password' ? 'staff.set-password' : 'staff.reset-second-factor',
      { staffId: id },
    );
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
