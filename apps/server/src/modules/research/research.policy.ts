import { createHmac } from 'node:crypto';
import type { Caller } from '../../access/caller.ts';
import { forbidden } from '../../http/problem.ts';

/** Research extracts are taken out by analysts only, and never hold a person's identity. */
export function requireResearchAnalyst(caller: Caller): void {
  if (caller.role !== 'analyst') {
    throw forbidden('Only analysts take out research extracts.');
  }
}

export const QUASI_IDENTIFIERS = ['sex', 'ageBand', 'principals'] as const;

/**
 * A keyed pseudonym: HMAC-SHA-256 of the project and the person id under the server's key.
 * Stable within a project (follow a person over extracts), different between projects, and not
 * reversible or recomputable without the key.
 */
export function pseudonym(key: string, project: string, personId: string): string {
  return createHmac('sha256', key)
    .update(`${project}\n${personId}`)
    .digest('base64url')
    .slice(0, 22);
}
