import type { AgendaItemBody } from '@vardflata/contracts';
import type { Caller } from '../../../access/caller.ts';
import type { Db } from '../../../db/database.ts';
import * as meetings from '../repositories/meeting.repository.ts';
import { manageBody } from '../bodies.context.ts';
import { meetingOf } from '../bodies.policy.ts';

export const addAgendaItem = (
  db: Db,
  caller: Caller,
  id: string,
  meetingId: string,
  body: AgendaItemBody,
) =>
  manageBody(db, caller, id, async (trx, b) => {
    const meeting = meetingOf(b, meetingId);
    await meetings.insertAgendaItems(trx, [
      { meetingId, title: body.title, position: meeting.agenda.length },
    ]);
  });
