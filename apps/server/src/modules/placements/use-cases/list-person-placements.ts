import type { Placement } from '@vardflata/contracts';
import type { Caller } from '../../../access/caller.ts';
import { requirePermission } from '../../../access/permissions.ts';
import { appendAccessLog } from '../../../audit/access-log.ts';
import type { Db } from '../../../db/database.ts';
import { requireVisiblePerson } from '../../persons/persons.service.ts';
import { toPlacement } from '../placements.presenter.ts';
import * as repo from '../repositories/placement.repository.ts';

/** The person's placements that the caller's organisation is part of. */
export async function listPersonPlacements(
  db: Db,
  caller: Caller,
  personId: string,
): Promise<Placement[]> {
  requirePermission(caller, 'placement:read');
  const person = await requireVisiblePerson(db, caller, personId, 'placement.list');
  return db.transaction().execute(async (trx) => {
    const rows = await repo.listPlacementsOfPerson(trx, caller, personId);
    const ids = rows.map((r) => r.id);
    const [shares, events] = await Promise.all([
      repo.listCostShares(trx, ids),
      repo.listEvents(trx, ids),
    ]);
    await appendAccessLog(trx, caller, [
      { personId, action: 'placement.list', ground: person.ground ?? 'none', outcome: 'allowed' },
    ]);
    return rows.map((r) => toPlacement(r, shares, events));
  });
}
