import type { Caller } from '../../access/caller.ts';
import { forbidden } from '../../http/problem.ts';

/** Staff write the directory: the unit managers of the service's organisation, and
 * administrators. */
export function mayEditService(caller: Caller, organisationId: string): boolean {
  if (caller.role === 'administrator') return true;
  return caller.role === 'unit-manager' && caller.organisationId === organisationId;
}

export function requireMayEditService(caller: Caller, organisationId: string): void {
  if (!mayEditService(caller, organisationId)) throw forbidden();
}
