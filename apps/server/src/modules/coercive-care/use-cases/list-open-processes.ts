import type { OpenCoerciveCareProcess } from '@vardflata/contracts';
import type { Caller } from '../../../access/caller.ts';
import { requirePermission } from '../../../access/permissions.ts';
import { appendAccessLog } from '../../../audit/access-log.ts';
import type { Db } from '../../../db/database.ts';
import { todayInStockholm } from '../../../util/time.ts';
import { findVisiblePersonsByIds } from '../../persons/persons.repository.ts';
import { toProcess } from '../coercive-care.presenter.ts';
import { stepsOf, visibleProcesses } from '../repositories/coercive-care.repository.ts';

/** The open processes of the caller's unit, persons named; each person shown is a logged read. */
export async function listOpenProcesses(
  db: Db,
  caller: Caller,
  today: string = todayInStockholm(),
): Promise<OpenCoerciveCareProcess[]> {
  requirePermission(caller, 'care-chain:read');
  return db.transaction().execute(async (trx) => {
    const rows = await visibleProcesses(trx, caller, { openOfUnit: true });
    const persons = new Map(
      (
        await findVisiblePersonsByIds(
          trx,
          caller,
          rows.map((r) => r.person_id),
        )
      ).map((p) => [p.id, p]),
    );
    const steps = await stepsOf(
      trx,
      rows.map((r) => r.id),
    );
    const shown = rows.filter((r) => persons.has(r.person_id));
    const logged = new Map(shown.map((r) => [`${r.person_id}:${r.ground}`, r]));
    await appendAccessLog(
      trx,
      caller,
      [...logged.values()].map((r) => ({
        personId: r.person_id,
        action: 'coercive-care.list' as const,
        ground: r.ground,
        outcome: 'allowed' as const,
      })),
    );
    return shown.map((r) => {
      const p = persons.get(r.person_id)!;
      const hidden = p.protected_identity && !caller.mayViewProtectedIdentity;
      return {
        ...toProcess(caller, r, steps, today),
        person: {
          id: p.id,
          personalIdentityNumber: p.personal_identity_number,
          givenName: hidden ? null : p.given_name,
          familyName: hidden ? null : p.family_name,
          protectedIdentity: p.protected_identity,
        },
      };
    });
  });
}
