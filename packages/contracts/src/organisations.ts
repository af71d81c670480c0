import { z } from 'zod';
import { uuid } from './common.ts';
import { organisationKind, role } from './auth.ts';

export const unit = z.object({ id: uuid, name: z.string() });
export const organisation = z.object({
  id: uuid,
  name: z.string(),
  kind: organisationKind,
  units: z.array(unit),
});
export type Organisation = z.infer<typeof organisation>;

const name = z.string().trim().min(1, 'required').max(200);

export const createOrganisationBody = z.object({ name, kind: organisationKind });
export type CreateOrganisationBody = z.infer<typeof createOrganisationBody>;
export const updateOrganisationBody = z.object({ name });
export type UpdateOrganisationBody = z.infer<typeof updateOrganisationBody>;
export const createUnitBody = z.object({ name });
export type CreateUnitBody = z.infer<typeof createUnitBody>;

export const staffMember = z.object({
  id: uuid,
  username: z.string(),
  name: z.string(),
  role,
  unitId: uuid.nullable(),
  organisationId: uuid.nullable(),
  mayViewProtectedIdentity: z.boolean(),
  secondFactorEnabled: z.boolean(),
  disabled: z.boolean(),
  demo: z.boolean(),
  // auth: the two-person rule and first sign-in (decision 0012)
  /** What waits for a second administrator's approval, and who proposed it. */
  proposal: z
    .object({
      kind: z.enum(['account', 'role', 'password', 'second-factor']),
      proposedBy: uuid,
      proposedAt: z.string(),
      /** For a role change: the role and place that take effect when approved. */
      role: role.nullable(),
      unitId: uuid.nullable(),
      organisationId: uuid.nullable(),
    })
    .nullable(),
  /** The account must choose its own password at its next sign-in. */
  mustChangePassword: z.boolean(),
  /** Locked after too many failed sign-ins (an administrator may lift it). */
  signInLocked: z.boolean(),
});
export type StaffMember = z.infer<typeof staffMember>;

const password = z.string().min(12, 'at least 12 characters').max(1000);
const username = z
  .string()
  .trim()
  .toLowerCase()
  .regex(/^[a-z0-9._-]{2,64}$/, 'letters a–z, digits, dot, dash or underscore; 2–64 characters');

export const createStaffBody = z.object({
  username,
  name,
  role,
  unitId: uuid.nullable().optional(),
  organisationId: uuid.nullable().optional(),
  password,
  mayViewProtectedIdentity: z.boolean().optional(),
});
export type CreateStaffBody = z.infer<typeof createStaffBody>;

export const updateStaffBody = z.object({
  name: name.optional(),
  role: role.optional(),
  unitId: uuid.nullable().optional(),
  organisationId: uuid.nullable().optional(),
  disabled: z.boolean().optional(),
  mayViewProtectedIdentity: z.boolean().optional(),
});
export type UpdateStaffBody = z.infer<typeof updateStaffBody>;

export const setPasswordBody = z.object({ password });
export type SetPasswordBody = z.infer<typeof setPasswordBody>;

/** A colleague as other staff may see them: to name a coordinator, invite, hand over. */
export const staffDirectoryEntry = z.object({
  id: uuid,
  name: z.string(),
  role,
  unitId: uuid.nullable(),
  unitName: z.string().nullable(),
  organisationId: uuid.nullable(),
  organisationName: z.string().nullable(),
});
export type StaffDirectoryEntry = z.infer<typeof staffDirectoryEntry>;

export const staffDirectoryQuery = z.object({
  q: z.string().trim().max(100).optional(),
  unitId: uuid.optional(),
});
export type StaffDirectoryQuery = z.infer<typeof staffDirectoryQuery>;
