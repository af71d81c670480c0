import type { SipRelativesObjectionBody, SipResponseBody } from '@vardflata/contracts';
import { sipCommand } from '../sip.context.ts';
import {
  invitationToAnswer,
  requireMayAnswer,
  requireMayRemoveParticipant,
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
  removeParticipants,
  setResponse,
} from '../repositories/sip-participant.repository.ts';
import { updateSip } from '../repositories/sip.repository.ts';

/** The participant as the history names them (the person is never named there). */
const historyName = (p: { kind: string; name: string | null }) =>
  p.kind === 'person' ? 'Den enskilde' : p.name;

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

/** Takes a participant off the SIP; only the SIP's own organisation does that. */
export const removeParticipant = sipCommand(
  'sip.participant.remove',
  async ({ trx, caller, row }, participantId: string) => {
    requireOpen(row);
    const p = requireParticipant(await findParticipant(trx, row.id, participantId));
    requireMayRemoveParticipant(caller, row);
    await removeParticipants(trx, caller, row.id, { id: p.id });
    await updateSip(trx, row.id, {});
    await insertEvent(trx, caller, row.id, 'participant-removed', {
      participantId: p.id,
      name: historyName(p),
    });
  },
);

/** The person's wish about relatives (F2): an objection takes relatives off the SIP at once. */
export const setRelativesObjection = sipCommand(
  'sip.relatives-objection',
  async ({ trx, caller, row }, body: SipRelativesObjectionBody) => {
    requireOpen(row);
    await updateSip(trx, row.id, { person_objects_to_relatives: body.objects });
    const removed = body.objects
      ? await removeParticipants(trx, caller, row.id, { kind: 'relative' })
      : 0;
    await insertEvent(trx, caller, row.id, 'relatives-objection', {
      objects: body.objects,
      relativesRemoved: removed,
    });
  },
);
