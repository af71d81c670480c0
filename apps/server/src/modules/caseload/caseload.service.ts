import type { AccessGround, Caseload, CaseloadPerson } from '@vardflata/contracts';
import type { Caller } from '../../access/caller.ts';
import { requirePermission } from '../../access/permissions.ts';
import { appendAccessLog } from '../../audit/access-log.ts';
import type { Db } from '../../db/database.ts';
import { toIso } from '../../util/time.ts';
import { listVisibleSips } from '../sip/repositories/sip.repository.ts';
import * as repo from './caseload.repository.ts';

const names = (
  caller: Caller,
  p: { given_name: string; family_name: string; protected_identity: boolean },
) => {
  const hidden = p.protected_identity && !caller.mayViewProtectedIdentity;
  return {
    givenName: hidden ? null : p.given_name,
    familyName: hidden ? null : p.family_name,
  };
};

/**
 * "Your persons" for the start page: those whose open SIP the caller coordinates (seen on the
 * SIP's own ground), then the persons of the caller's unit. Each person shown is a logged read.
 */
export async function getCaseload(db: Db, caller: Caller, limit: number): Promise<Caseload> {
  requirePermission(caller, 'person:read');
  return db.transaction().execute(async (trx) => {
    const coordinated = (
      await listVisibleSips(trx, caller, { scope: 'mine', openOnly: true })
    ).filter((s) => s.coordinator_staff_id === caller.staffId);
    const relations = await repo.openRelationsOf(trx, caller, [
      ...new Set(coordinated.map((s) => s.person_id)),
    ]);
    const unit = await repo.listUnitPersons(trx, caller, limit);
    const unitTotal = await repo.countUnitPersons(trx, caller);

    const shown = new Map<string, { person: CaseloadPerson; ground: AccessGround }>();
    for (const s of coordinated) {
      const seen = shown.get(s.person_id);
      if (seen) {
        seen.person.coordinatedSips.push({ id: s.id, status: s.status });
        continue;
      }
      const openedAt = relations.get(s.person_id);
      shown.set(s.person_id, {
        ground: openedAt ? 'care-relation' : s.ground,
        person: {
          id: s.person_id,
          personalIdentityNumber: s.personal_identity_number,
          ...names(caller, s),
          protectedIdentity: s.protected_identity,
          relationOpenedAt: openedAt ? toIso(openedAt) : null,
          coordinatedSips: [{ id: s.id, status: s.status }],
        },
      });
    }
    const throughSipOnly = [...shown.keys()].filter((id) => !relations.has(id)).length;
    for (const p of unit) {
      if (shown.size >= limit) break;
      if (shown.has(p.id)) continue;
      shown.set(p.id, {
        ground: 'care-relation',
        person: {
          id: p.id,
          personalIdentityNumber: p.personal_identity_number,
          ...names(caller, p),
          protectedIdentity: p.protected_identity,
          relationOpenedAt: toIso(p.opened_at),
          coordinatedSips: [],
        },
      });
    }
    await appendAccessLog(
      trx,
      caller,
      [...shown].map(([personId, { ground }]) => ({
        personId,
        action: 'person.list' as const,
        ground,
        outcome: 'allowed' as const,
      })),
    );
    return {
      items: [...shown.values()].map((s) => s.person),
      total: unitTotal + throughSipOnly,
    };
  });
}
