import { sipCommand } from '../sip.context.ts';
import { requireMayRemoveParticipant, requireOpen, requireParticipant } from '../sip.policy.ts';
import { insertEvent } from '../repositories/sip-event.repository.ts';
import { findParticipant, removeParticipants } from '../repositories/sip-participant.repository.ts';
import { updateSip } from '../repositories/sip.repository.ts';
import { historyName } from '../sip.policy.ts';

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
