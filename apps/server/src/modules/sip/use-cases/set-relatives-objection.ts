import type { SipRelativesObjectionBody } from '@vardflata/contracts';
import { sipCommand } from '../sip.context.ts';
import { requireOpen } from '../sip.policy.ts';
import { insertEvent } from '../repositories/sip-event.repository.ts';
import { removeParticipants } from '../repositories/sip-participant.repository.ts';
import { updateSip } from '../repositories/sip.repository.ts';

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
