import type { Caller } from '../../../access/caller.ts';
import type { Db } from '../../../db/database.ts';
import { HttpProblem, notFound } from '../../../http/problem.ts';
import { withPlacement } from '../placements.context.ts';
import { requireLaroPhysician } from '../placements.policy.ts';
import * as repo from '../repositories/placement.repository.ts';

/** The LARO physician confirms a medication change ("förankras med ansvarig LARO-läkare"). */
export const confirmMedicationChange = (db: Db, caller: Caller, id: string, eventId: string) =>
  withPlacement(db, caller, id, 'placement.medication-confirm', 'placement:write', async (c) => {
    requireLaroPhysician(caller, c.row);
    const event = await repo.findEvent(c.trx, c.row.id, eventId);
    if (!event || event.kind !== 'medication-change') throw notFound();
    if (event.confirmed_at) throw new HttpProblem(409, 'The change is already confirmed.');
    await repo.confirmEvent(c.trx, eventId, caller.staffId, c.now);
    return { eventId };
  });
