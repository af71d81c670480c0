import type { MedicationChangeBody } from '@vardflata/contracts';
import type { Caller } from '../../../access/caller.ts';
import type { Db } from '../../../db/database.ts';
import { withPlacement } from '../placements.context.ts';
import { isLaroPhysician, requireOpen } from '../placements.policy.ts';
import * as repo from '../repositories/placement.repository.ts';

/** A medication change during the placement; pending until the LARO physician confirms it
 * (confirmed at once when she records it herself). */
export const recordMedicationChange = (
  db: Db,
  caller: Caller,
  id: string,
  body: MedicationChangeBody,
) =>
  withPlacement(db, caller, id, 'placement.medication-change', 'placement:write', async (c) => {
    requireOpen(c.row);
    const confirmed = isLaroPhysician(caller, c.row);
    const eventId = await repo.insertEvent(c.trx, {
      placement_id: c.row.id,
      kind: 'medication-change',
      text: body.description,
      at: c.now,
      recorded_by: caller.staffId,
      recorded_unit_id: caller.unitId!,
      recipient_unit_ids: c.row.laro_unit_id ? [c.row.laro_unit_id] : [],
      confirmed_by: confirmed ? caller.staffId : null,
      confirmed_at: confirmed ? c.now : null,
    });
    return { eventId, confirmed };
  });
