import type { AccessAction } from '@vardflata/domain';
import type { Placement } from '@vardflata/contracts';
import type { Caller } from '../../access/caller.ts';
import { requirePermission, type Permission } from '../../access/permissions.ts';
import { appendAccessLog, logDenied } from '../../audit/access-log.ts';
import type { Db } from '../../db/database.ts';
import { notFound } from '../../http/problem.ts';
import { requireVisiblePerson } from '../persons/persons.service.ts';
import { toPlacement } from './placements.presenter.ts';
import * as repo from './repositories/placement.repository.ts';

export interface PlacementContext {
  trx: Db;
  caller: Caller;
  row: repo.PlacementRow;
  now: Date;
}

/** The placement with its cost split and events, as the caller sees it. */
export async function loadPlacement(db: Db, row: repo.PlacementRow): Promise<Placement> {
  const [shares, events] = await Promise.all([
    repo.listCostShares(db, [row.id]),
    repo.listEvents(db, [row.id]),
  ]);
  return toPlacement(row, shares, events);
}

/**
 * Check, lock, act and log in one transaction: the placement must be one the caller's
 * organisation is part of (placing, providing, health care) and its person visible to the
 * caller — else 404, logged. `act` returns the detail of its log row.
 */
export async function withPlacement(
  db: Db,
  caller: Caller,
  placementId: string,
  action: AccessAction,
  permission: Permission,
  act: (ctx: PlacementContext) => Promise<Record<string, string | number | boolean | null>>,
  now: Date = new Date(),
): Promise<Placement> {
  requirePermission(caller, permission);
  const found = await repo.findPlacement(db, caller, placementId);
  if (!found) {
    await logDenied(db, caller, {
      personId: await repo.findPlacementPersonId(db, placementId),
      action,
      ground: 'none',
      detail: { placementId },
    });
    throw notFound();
  }
  const person = await requireVisiblePerson(db, caller, found.person_id, action);
  return db.transaction().execute(async (trx) => {
    await repo.lockPlacement(trx, placementId);
    const row = (await repo.findPlacement(trx, caller, placementId))!;
    const detail = await act({ trx, caller, row, now });
    await appendAccessLog(trx, caller, [
      {
        personId: row.person_id,
        action,
        ground: person.ground ?? 'none',
        outcome: 'allowed',
        detail: { placementId, ...detail },
      },
    ]);
    return loadPlacement(trx, (await repo.findPlacement(trx, caller, placementId))!);
  });
}
