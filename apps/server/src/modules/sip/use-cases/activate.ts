import type { SipActivateBody } from '@vardflata/contracts';
import { todayInStockholm } from '../../../util/time.ts';
import { apply, sipCommand } from '../sip.context.ts';
import { insertEvent } from '../repositories/sip-event.repository.ts';
import { listMeetings, markMeetingHeld } from '../repositories/sip-meeting.repository.ts';
import { updateSip } from '../repositories/sip.repository.ts';

const meetingDay = (m: { starts_at: Date | null }) =>
  m.starts_at ? todayInStockholm(m.starts_at) : null;

/**
 * Makes the plan active (POST /api/sips/:id/activate): 422 with `missing` when incomplete. A
 * planning meeting booked for the activation day or before is where the plan was decided, so it
 * counts as held, on its own day; one still to come stays booked, and no meeting is invented.
 */
export const activate = sipCommand('sip.activate', async (ctx, body: SipActivateBody) => {
  const { trx, caller, row, today } = ctx;
  const on = body?.on;
  const held = (await listMeetings(trx, row.id)).find(
    (m) => m.status === 'scheduled' && (meetingDay(m) ?? '9999') <= (on ?? today),
  );
  const meetingHeldOn = held ? meetingDay(held) : null;
  const next = apply(ctx, { type: 'activate', ...(on ? { on } : {}), meetingHeldOn });
  if (held && meetingHeldOn) {
    await markMeetingHeld(trx, held.id, { heldOn: meetingHeldOn, notes: null, attended: null });
  }
  await updateSip(trx, row.id, {
    status: next.status,
    activated_on: next.activatedOn,
    first_meeting_on: next.firstMeetingOn,
  });
  await insertEvent(trx, caller, row.id, 'activated', {
    on: next.activatedOn,
    version: row.plan_version,
  });
});
