import type { Sip, SipEvent } from '@vardflata/domain';
import type { SipCloseBody, SipReasonBody } from '@vardflata/contracts';
import { apply, sipCommand, type SipContext } from '../sip.context.ts';
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

type Ending =
  { type: 'close'; body: SipCloseBody } | { type: 'refuse' | 'withdraw'; body: SipReasonBody };

/** Ends the SIP: close (active, with an outcome), refuse (the person declined, with the reason)
 * or withdraw (the proposal is taken back). Ending never needs consent. */
export const end = sipCommand(
  (how: Ending) => `sip.${how.type}`,
  async (ctx, how: Ending) => {
    const on = how.body.on ? { on: how.body.on } : {};
    const event: SipEvent =
      how.type === 'close'
        ? { type: 'close', outcome: how.body.outcome, note: how.body.note ?? null, ...on }
        : { type: how.type, reason: how.body.reason, ...on };
    await saveEnding(ctx, apply(ctx, event));
  },
);
