import type { Sip } from '@vardflata/domain';
import type { SipContext } from '../sip.context.ts';
import { insertEvent } from '../repositories/sip-event.repository.ts';
import { cancelScheduledMeetings } from '../repositories/sip-meeting.repository.ts';
import { updateSip } from '../repositories/sip.repository.ts';

const ENDING_EVENT = { closed: 'closed', refused: 'refused', withdrawn: 'withdrawn' } as const;

/** Writes the ending the state machine decided; meetings still booked will not be held. */
export async function saveEnding({ trx, caller, row }: SipContext, next: Sip): Promise<void> {
  const ending = next.ending!;
  await updateSip(trx, row.id, { status: next.status, ending, ended_on: ending.on });
  // Meetings of an ended SIP will not be held, so their reminders fall silent.
  await cancelScheduledMeetings(trx, row.id);
  await insertEvent(trx, caller, row.id, ENDING_EVENT[ending.kind], {
    on: ending.on,
    ...(ending.kind === 'closed' ? { outcome: ending.outcome } : {}),
  });
}
