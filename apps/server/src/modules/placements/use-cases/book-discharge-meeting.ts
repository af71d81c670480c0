import type { DischargeMeetingBody } from '@vardflata/contracts';
import type { Caller } from '../../../access/caller.ts';
import type { Db } from '../../../db/database.ts';
import { withPlacement } from '../placements.context.ts';
import { requireOpen, requirePlacer } from '../placements.policy.ts';
import * as repo from '../repositories/placement.repository.ts';

/** The discharge meeting at the HVB, to which the LARO unit is always invited. */
export const bookDischargeMeeting = (
  db: Db,
  caller: Caller,
  id: string,
  body: DischargeMeetingBody,
) =>
  withPlacement(db, caller, id, 'placement.discharge-meeting', 'placement:write', async (c) => {
    requireOpen(c.row);
    requirePlacer(caller, c.row);
    const invited = [c.row.provider_unit_id, c.row.laro_unit_id].filter(
      (u): u is string => u !== null,
    );
    const eventId = await repo.insertEvent(c.trx, {
      placement_id: c.row.id,
      kind: 'discharge-meeting',
      text: body.place,
      at: c.now,
      meeting_at: new Date(body.startsAt),
      recorded_by: caller.staffId,
      recorded_unit_id: caller.unitId!,
      recipient_unit_ids: invited,
    });
    return { eventId };
  });
