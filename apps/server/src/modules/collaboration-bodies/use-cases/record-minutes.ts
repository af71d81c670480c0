import type { MinutesBody } from '@vardflata/contracts';
import type { Caller } from '../../../access/caller.ts';
import type { Db } from '../../../db/database.ts';
import * as meetings from '../repositories/meeting.repository.ts';
import { manageBody } from '../bodies.context.ts';
import { meetingOf } from '../bodies.policy.ts';

/** The minutes and decisions; the raised items on the agenda are kept with the meeting. */
export const recordMinutes = (
  db: Db,
  caller: Caller,
  id: string,
  meetingId: string,
  body: MinutesBody,
) =>
  manageBody(db, caller, id, async (trx, b) => {
    const meeting = meetingOf(b, meetingId);
    await meetings.insertAgendaItems(
      trx,
      meeting.agenda
        .filter((a) => a.id === null)
        .map((a, i) => ({
          meetingId,
          title: a.title,
          deviationId: a.kind === 'deviation' ? a.refId : null,
          disputeId: a.kind === 'dispute' ? a.refId : null,
          position: 1000 + i,
        })),
    );
    await meetings.recordMinutes(trx, meetingId, body);
  });
