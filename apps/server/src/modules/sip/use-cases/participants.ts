import type { SipDetail, SipRelativesObjectionBody, SipResponseBody } from '@vardflata/contracts';
import type { Caller } from '../../../access/caller.ts';
import type { Db } from '../../../db/database.ts';
import { reload, withSip } from '../sip.context.ts';
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
export function respond(
  db: Db,
  caller: Caller,
  sipId: string,
  participantId: string,
  body: SipResponseBody,
): Promise<SipDetail> {
  return withSip(db, caller, sipId, 'sip.participant.respond', 'write', async (ctx) => {
    const { trx, row, today } = ctx;
    requireOpen(row);
    requireNotFrozen(row);
    const p = requireParticipant(await findParticipant(trx, sipId, participantId));
    requireMayAnswer(caller, row, p);
    const meeting = requireScheduledMeeting(await listMeetings(trx, sipId));
    const yours = invitationToAnswer(caller, await listParticipants(trx, sipId), meeting);
    const answered = yours?.answersFor.includes(p.id) ? yours.answersFor : [p.id];
    await setResponse(trx, answered, {
      response: body.response,
      on: today,
      note: body.note ?? null,
      by: caller.staffId,
    });
    await updateSip(trx, sipId, {});
    await insertEvent(trx, caller, sipId, 'participant-responded', {
      participantId: p.id,
      name: historyName(p),
      response: body.response,
      ...(answered.length > 1 ? { answeredFor: answered.length } : {}),
    });
    return reload(ctx, caller);
  });
}

/** Takes a participant off the SIP; only the SIP's own organisation does that. */
export function removeParticipant(
  db: Db,
  caller: Caller,
  sipId: string,
  participantId: string,
): Promise<SipDetail> {
  return withSip(db, caller, sipId, 'sip.participant.remove', 'write', async (ctx) => {
    const { trx, row } = ctx;
    requireOpen(row);
    const p = requireParticipant(await findParticipant(trx, sipId, participantId));
    requireMayRemoveParticipant(caller, row);
    await removeParticipants(trx, caller, sipId, { id: p.id });
    await updateSip(trx, sipId, {});
    await insertEvent(trx, caller, sipId, 'participant-removed', {
      participantId: p.id,
      name: historyName(p),
    });
    return reload(ctx, caller);
  });
}

/** The person's wish about relatives (F2): an objection takes relatives off the SIP at once. */
export function setRelativesObjection(
  db: Db,
  caller: Caller,
  sipId: string,
  body: SipRelativesObjectionBody,
): Promise<SipDetail> {
  return withSip(db, caller, sipId, 'sip.relatives-objection', 'write', async (ctx) => {
    const { trx, row } = ctx;
    requireOpen(row);
    await updateSip(trx, sipId, { person_objects_to_relatives: body.objects });
    const removed = body.objects
      ? await removeParticipants(trx, caller, sipId, { kind: 'relative' })
      : 0;
    await insertEvent(trx, caller, sipId, 'relatives-objection', {
      objects: body.objects,
      relativesRemoved: removed,
    });
    return reload(ctx, caller);
  });
}
