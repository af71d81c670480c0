import type { SipResponseBody } from '@vardflata/contracts';
import { sipCommand } from '../sip.context.ts';
import {
  invitationToAnswer,
  requireMayAnswer,
  requireNotFrozen,
  requireOpen,
  requireParticipant,
  requireScheduledMeeting,
} from '../sip.policy.ts';
import { insertEvent } from '../repositories/sip-event.repository.ts';
import { listMeetings } from '../repositories/sip-meeting.repository.ts';
import {
  findParticipant,
  listParticipants,
  setResponse,
} from '../repositories/sip-participant.repository.ts';
import { updateSip } from '../repositories/sip.repository.ts';
import { historyName } from '../sip.policy.ts';

/**
 * A participant's answer to the invitation: by the invited staff member or their unit, or
 * recorded by the SIP's own organisation (for the person, relatives and outside actors). A
 * person invited by name and through her unit answers once, for both.
 */
export const respond = sipCommand(
  'sip.participant.respond',
  async ({ trx, caller, row, today }, participantId: string, body: SipResponseBody) => {
    requireOpen(row);
    requireNotFrozen(row);
    const p = requireParticipant(await findParticipant(trx, row.id, participantId));
    requireMayAnswer(caller, row, p);
    const meeting = requireScheduledMeeting(await listMeetings(trx, row.id));
    const yours = invitationToAnswer(caller, await listParticipants(trx, row.id), meeting);
    const answered = yours?.answersFor.includes(p.id) ? yours.answersFor : [p.id];
    await setResponse(trx, answered, {
      response: body.response,
      on: today,
      note: body.note ?? null,
      by: caller.staffId,
    });
    await updateSip(trx, row.id, {});
    await insertEvent(trx, caller, row.id, 'participant-responded', {
      participantId: p.id,
      name: historyName(p),
      response: body.response,
      ...(answered.length > 1 ? { answeredFor: answered.length } : {}),
    });
  },
);
