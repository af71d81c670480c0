import type { Caller } from '../../access/caller.ts';
import { forbidden } from '../../http/problem.ts';

/** Research extracts are taken out by analysts only, and never hold a person's identity. */
export function requireResearchAnalyst(caller: Caller): void {
  if (caller.role !== 'analyst') {
    throw forbidden('Only analysts take out research extracts.');
  }
}
