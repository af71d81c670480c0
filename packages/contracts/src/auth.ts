import { z } from 'zod';
import { uuid } from './common.ts';

export const roles = [
  'social-worker',
  'physician',
  'nurse',
  'coordinator',
  'unit-manager',
  'analyst',
  'administrator',
] as const;
export const role = z.enum(roles);
export type Role = z.infer<typeof role>;

export const organisationKinds = ['region', 'municipality', 'private-provider'] as const;
export const organisationKind = z.enum(organisationKinds);
export type OrganisationKind = z.infer<typeof organisationKind>;

export const me = z.object({
  id: uuid,
  username: z.string(),
  name: z.string(),
  roles: z.array(role),
  unit: z.object({ id: uuid, name: z.string() }).nullable(),
  organisation: z.object({ id: uuid, name: z.string(), kind: organisationKind }).nullable(),
  mayViewProtectedIdentity: z.boolean(),
  secondFactorEnabled: z.boolean(),
});
export type Me = z.infer<typeof me>;

export const loginBody = z.object({
  username: z.string().min(1).max(200),
  password: z.string().min(1).max(1000),
});
export type LoginBody = z.infer<typeof loginBody>;

export const loginResponse = z.object({
  user: me.nullable(),
  csrfToken: z.string().nullable(),
  secondFactorRequired: z.boolean(),
  /** Set when production mode requires a second factor the account has not enrolled yet. */
  secondFactorEnrolmentRequired: z.boolean().optional(),
  /** auth: set when an administrator chose the password; the user must choose her own first. */
  passwordChangeRequired: z.boolean().optional(),
});
export type LoginResponse = z.infer<typeof loginResponse>;

export const totpCodeBody = z.object({ code: z.string().regex(/^\d{6}$/, 'six digits') });
export type TotpCodeBody = z.infer<typeof totpCodeBody>;

export const totpEnrolment = z.object({ secret: z.string(), otpauthUri: z.string() });
export type TotpEnrolment = z.infer<typeof totpEnrolment>;

export const sessionInfo = z.object({
  user: me,
  csrfToken: z.string(),
  secondFactorRequired: z.boolean(),
  /** Production mode: the account must enrol a second factor before anything else. */
  secondFactorEnrolmentRequired: z.boolean().optional(),
  /** auth: the session waits for the user to choose her own password (decision 0012). */
  passwordChangeRequired: z.boolean().optional(),
});
export type SessionInfo = z.infer<typeof sessionInfo>;

export const meta = z.object({
  demo: z.boolean(),
  productionMode: z.boolean(),
  version: z.string(),
});
export type Meta = z.infer<typeof meta>;

// auth: the user's own password change (first sign-in, or whenever she wishes).
export const changePasswordBody = z.object({
  /** Required except at a first sign-in, where the password was given moments ago. */
  currentPassword: z.string().min(1).max(1000).optional(),
  newPassword: z.string().min(12, 'at least 12 characters').max(1000),
});
export type ChangePasswordBody = z.infer<typeof changePasswordBody>;
