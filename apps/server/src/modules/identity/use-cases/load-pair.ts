import type { Caller } from '../../../access/caller.ts';
import { requirePermission } from '../../../access/permissions.ts';
import { logDenied } from '../../../audit/access-log.ts';
import type { Db } from '../../../db/database.ts';
import { notFound } from '../../../http/problem.ts';
import { requireMergeable, unitWorksWith, type IdentityFacts } from '../identity.policy.ts';
import { identityFacts } from '../repositories/identity.repository.ts';

/**
 * The reserve identity and the real person of a merge (or its preview), checked against the
 * policy: each the caller's unit does not work with now answers 404, its refusal logged.
 */
export async function loadMergePair(
  db: Db,
  caller: Caller,
  reserveId: string,
  realId: string,
  action: 'person.merge' | 'person.merge-preview',
): Promise<{ reserve: IdentityFacts; real: IdentityFacts }> {
  requirePermission(caller, 'person:register');
  const reserve = await identityFacts(db, caller, reserveId);
  const real = await identityFacts(db, caller, realId);
  for (const [id, facts] of [
    [reserveId, reserve],
    [realId, real],
  ] as const) {
    if (!unitWorksWith(facts)) {
      await logDenied(db, caller, { personId: id, action, ground: 'none' });
      throw notFound();
    }
  }
  requireMergeable(reserve!, real!);
  return { reserve: reserve!, real: real! };
}
