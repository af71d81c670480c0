import type { EndPlacementBody } from '@vardflata/contracts';
import type { Caller } from '../../../access/caller.ts';
import type { Db } from '../../../db/database.ts';
import { badRequest } from '../../../http/problem.ts';
import { withPlacement } from '../placements.context.ts';
import { requireOpen, requirePlacer } from '../placements.policy.ts';
import * as repo from '../repositories/placement.repository.ts';

/** The placing social services end the placement. */
export const endPlacement = (db: Db, caller: Caller, id: string, body: EndPlacementBody) =>
  withPlacement(db, caller, id, 'placement.end', 'placement:write', async (c) => {
    requireOpen(c.row);
    requirePlacer(caller, c.row);
    if (body.endedOn < c.row.planned_start) {
      throw badRequest([{ path: 'endedOn', message: 'before the placement started' }]);
    }
    await repo.updatePlacement(c.trx, c.row.id, {
      status: 'ended',
      ended_on: body.endedOn,
      end_outcome: body.outcome,
    });
    return {};
  });
