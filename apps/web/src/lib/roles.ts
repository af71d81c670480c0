import type { Me, Role } from '@vardflata/contracts';

/** Roles that work with persons in care (mirrors the server's permission table). */
export const CARE_ROLES: readonly Role[] = ['social-worker', 'physician', 'nurse', 'coordinator'];
export const PERSON_READER_ROLES: readonly Role[] = [...CARE_ROLES, 'unit-manager'];
// access: emergency access (nödåtkomst) is health care's (server: emergency-access.policy.ts)
export const EMERGENCY_ROLES: readonly Role[] = ['physician', 'nurse'];

export const ALL_ROLES: readonly Role[] = [
  'social-worker',
  'physician',
  'nurse',
  'coordinator',
  'unit-manager',
  'analyst',
  'administrator',
];

export const hasRole = (user: Me | null | undefined, roles: readonly Role[]): boolean =>
  !!user && user.roles.some((r) => roles.includes(r));

export const mayReadPersons = (user: Me | null | undefined) => hasRole(user, PERSON_READER_ROLES);
export const mayWorkWithPersons = (user: Me | null | undefined) => hasRole(user, CARE_ROLES);
export const isUnitManager = (user: Me | null | undefined) => hasRole(user, ['unit-manager']);
export const isAdministrator = (user: Me | null | undefined) => hasRole(user, ['administrator']);
export const isAnalyst = (user: Me | null | undefined) => hasRole(user, ['analyst']);
