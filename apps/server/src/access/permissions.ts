import type { Role } from '@vardflata/contracts';
import type { Caller } from './caller.ts';
import { forbidden } from '../http/problem.ts';

/** Roles that work with persons in care. */
export const CARE_ROLES: readonly Role[] = ['social-worker', 'physician', 'nurse', 'coordinator'];

/**
 * What each role may do. Whom they may do it to is decided by the access policy (policy.ts),
 * through the care relation of their unit and consent.
 */
const PERMISSIONS = {
  'person:read': [...CARE_ROLES, 'unit-manager'],
  'person:register': CARE_ROLES,
  'care-relation:close': [...CARE_ROLES, 'unit-manager'],
  'consent:read': [...CARE_ROLES, 'unit-manager'],
  'consent:write': CARE_ROLES,
  'sip:read': [...CARE_ROLES, 'unit-manager'],
  'sip:write': CARE_ROLES,
  'screening:read': [...CARE_ROLES, 'unit-manager'],
  'screening:write': CARE_ROLES,
  // access: nödåtkomst is health care's (PDL); the policy also asks for a health-care organisation
  'emergency-access:open': ['physician', 'nurse'],
  'emergency-access:review': ['unit-manager'],
  'access-log:review': ['unit-manager'],
  administration: ['administrator'],
  // platform: retention — the rules run by administration; a legal hold by the unit's manager
  'retention:manage': ['administrator'],
  'retention:legal-hold': ['unit-manager'],
  // care: care chains (withdrawal beds, placements, disclosures, LOB)
  'withdrawal:request': CARE_ROLES,
  'withdrawal:read': [...CARE_ROLES, 'unit-manager'],
  'withdrawal:manage': CARE_ROLES,
  'placement:read': [...CARE_ROLES, 'unit-manager'],
  'placement:write': CARE_ROLES,
  'disclosure:write': CARE_ROLES,
  'disclosure:read': [...CARE_ROLES, 'unit-manager'],
  'lob:write': CARE_ROLES,
  'lob:read': [...CARE_ROLES, 'unit-manager'],
  // carecircle: care chains (interventions, referrals, circle, case management, LVM/LVU)
  'care-chain:read': [...CARE_ROLES, 'unit-manager'],
  'care-chain:write': CARE_ROLES,
} satisfies Record<string, readonly Role[]>;

export type Permission = keyof typeof PERMISSIONS;

export function can(caller: Caller, permission: Permission): boolean {
  return (PERMISSIONS[permission] as readonly Role[]).includes(caller.role);
}

/** Throws 403 when the role may not; also when a person-facing role has no unit to act for. */
export function requirePermission(caller: Caller, permission: Permission): void {
  if (!can(caller, permission)) throw forbidden();
  if (permission !== 'administration' && permission !== 'retention:manage' && !caller.unitId) {
    throw forbidden('Your account belongs to no unit, so it cannot work with persons.');
  }
}
