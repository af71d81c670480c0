import type { PlanMeetingBody } from '@vardflata/contracts';
import type { Caller } from '../../../access/caller.ts';
import type { Db } from '../../../db/database.ts';
import * as meetings from '../repositories/meeting.repository.ts';
import { manageBody } from '../bodies.context.ts';

export const planMeeting = (db: Db, caller: Caller, id: string, body: PlanMeetingBody) =>
  manageBody(db, caller, id, async (trx) => {
    await meetings.insertMeeting(trx, { bodyId: id, heldOn: body.heldOn, place: body.place });
  });
