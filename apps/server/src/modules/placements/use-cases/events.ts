import type {
  DischargeMeetingBody,
  EndPlacementBody,
  FollowUpReportBody,
  MedicationChangeBody,
} from '@vardflata/contracts';
import type { Caller } from '../../../access/caller.ts';
import type { Db } from '../../../db/database.ts';
import { badRequest, HttpProblem, notFound } from '../../../http/problem.ts';
import { withPlacement } from '../placements.context.ts';
import {
  isLaroPhysician,
  requireLaroPhysician,
  requireOpen,
  requirePlacer,
} from '../placements.policy.ts';
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
