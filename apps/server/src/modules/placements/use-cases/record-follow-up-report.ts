import type { FollowUpReportBody } from '@vardflata/contracts';
import type { Caller } from '../../../access/caller.ts';
import type { Db } from '../../../db/database.ts';
import { withPlacement } from '../placements.context.ts';
import { requireOpen } from '../placements.policy.ts';
import * as repo from '../repositories/placement.repository.ts';

/** The HVB's follow-up report, sent to the LARO unit. */
export const recordFollowUpReport = (
  db: Db,
  caller: Caller,
  id: string,
  body: FollowUpReportBody,
) =>
  withPlacement(db, caller, id, 'placement.follow-up-report', 'placement:write', async (c) => {
    requireOpen(c.row);
    const eventId = await repo.insertEvent(c.trx, {
      placement_id: c.row.id,
      kind: 'follow-up-report',
      text: body.text,
      at: c.now,
      recorded_by: caller.staffId,
      recorded_unit_id: caller.unitId!,
      recipient_unit_ids: c.row.laro_unit_id ? [c.row.laro_unit_id] : [],
    });
    return { eventId };
  });
