import type { Caller } from '../../access/caller.ts';
import { CARE_ROLES } from '../../access/permissions.ts';
import { forbidden } from '../../http/problem.ts';

/** The staff who gave the help hand out the link: care roles and unit managers of a unit. */
export function requireSurveyInviter(caller: Caller): void {
  if (!CARE_ROLES.includes(caller.role) && caller.role !== 'unit-manager') throw forbidden();
  if (!caller.unitId) throw forbidden('Your account belongs to no unit.');
}

/** How long a one-time link stays open. */
export const INVITATION_DAYS = 30;
