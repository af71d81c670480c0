import type { SipMeetingBody } from '@vardflata/contracts';
import { badRequest } from '../../../http/problem.ts';
import { apply, sipCommand } from '../sip.context.ts';
import { insertEvent } from '../repositories/sip-event.repository.ts';
import {
  insertMeeting,
  listMeetings,
  markMeetingHeld,
} from '../repositories/sip-meeting.repository.ts';
import { listParticipants } from '../repositories/sip-participant.repository.ts';
import { updateSip } from '../repositories/sip.repository.ts';

/** The first SIP meeting was held (the domain's 'record-meeting'); the wait is measured. */
export const recordMeeting = sipCommand('sip.meeting', async (ctx, body: SipMeetingBody) => {
  const { trx, caller, row } = ctx;
  const event = { type: 'record-meeting' as const, ...(body.heldOn ? { on: body.heldOn } : {}) };
  const next = apply(ctx, event, { onField: 'heldOn' });
  const heldOn = next.firstMeetingOn!;
  const participants = await listParticipants(trx, row.id);
  const attended = body.attendedParticipantIds ?? null;
  const unknown = (attended ?? []).flatMap((id, i) =>
    participants.some((p) => p.id === id)
      ? []
      : [{ path: `attendedParticipantIds[${i}]`, message: 'not a participant of this SIP' }],
  );
  if (unknown.length > 0) throw badRequest(unknown);
  const scheduled = (await listMeetings(trx, row.id)).find((m) => m.status === 'scheduled');
  const notes = body.notes ?? null;
  if (scheduled) await markMeetingHeld(trx, scheduled.id, { heldOn, notes, attended });
  else {
    // Held without an invitation in the system: the meeting is recorded as it was.
    await insertMeeting(trx, caller, {
      sip_id: row.id,
      purpose: 'planning',
      starts_at: null,
      duration_minutes: null,
      place: null,
      video_link: null,
      message: null,
      status: 'held',
      held_on: heldOn,
      notes,
      attended_participant_ids: attended,
    });
  }
  await updateSip(trx, row.id, { status: next.status, first_meeting_on: next.firstMeetingOn });
  await insertEvent(trx, caller, row.id, 'meeting-held', { heldOn });
});
