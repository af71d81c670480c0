import type { Caller } from '../../access/caller.ts';
import { forbidden } from '../../http/problem.ts';

/**
 * Who reads the follow-up figures: analysts (every organisation of the county) and unit
 * managers (their own organisation and, as aggregates under the same suppression, the rest of
 * the county for comparison). Both see aggregates only, never a person.
 */
export function requireIndicatorReader(caller: Caller): void {
  if (caller.role !== 'analyst' && caller.role !== 'unit-manager') {
    throw forbidden('Only analysts and unit managers read the follow-up figures.');
  }
}
