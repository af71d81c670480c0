import type { DischargeWithdrawalRequestBody } from '@vardflata/contracts';
import type { Caller } from '../../../access/caller.ts';
import type { Db } from '../../../db/database.ts';
import { badRequest } from '../../../http/problem.ts';
import { propose } from '../../sip/use-cases/propose.ts';
import { findVisibleSip, listVisibleSips } from '../../sip/repositories/sip.repository.ts';
import { bedUnitCommand } from '../withdrawal.context.ts';
import { requireStatus } from '../withdrawal.policy.ts';
import * as repo from '../repositories/withdrawal-request.repository.ts';

/**
 * The SIP the aftercare continues in: the one named, or the person's open SIP the centre sees,
 * or else a new SIP proposed by the centre (seed 004: "samlad vårdplanering … innefattande hela
 * vårdflätan där inte minst planering av samlade eftervårdsinsatser blir viktiga").
 */
async function aftercareSip(
  db: Db,
  caller: Caller,
  personId: string,
  sipId: string | undefined,
  note: string | undefined,
): Promise<string> {
  if (sipId) {
    const sip = await findVisibleSip(db, caller, sipId);
    if (!sip || sip.person_id !== personId) {
      throw badRequest([{ path: 'sipId', message: 'no SIP of this person that you can see' }]);
    }
    return sip.id;
  }
  const open = await listVisibleSips(db, caller, { personId, openOnly: true });
  if (open[0]) return open[0].id;
  const proposed = await propose(db, caller, personId, {
    note: note ?? 'Samlad vårdplanering vid utskrivning från abstinensvård.',
  });
  return proposed.id;
}

/** Discharge with the coordinated aftercare plan, made with the person (and, if the person
 * wants, a user-organisation representative), linked to a SIP. */
export async function discharge(
  db: Db,
  caller: Caller,
  id: string,
  body: DischargeWithdrawalRequestBody,
  now?: Date,
) {
  const found = await repo.findRequest(db, caller, id);
  // Only an admitted request of the caller's bed unit gets a SIP; the command refuses the rest.
  const sipId =
    found?.status === 'admitted' && found.bed_unit_id === caller.unitId
      ? await aftercareSip(db, caller, found.person_id, body.sipId, body.note)
      : null;
  return bedUnitCommand(
    db,
    caller,
    id,
    'withdrawal-request.discharge',
    async ({ trx, row, now: at }) => {
      requireStatus(row.status, 'admitted');
      await repo.updateRequest(trx, row.id, {
        status: 'discharged',
        discharged_by: caller.staffId,
        discharged_at: at,
        aftercare_sip_id: sipId,
        aftercare_person_took_part: body.personTookPart,
        aftercare_user_organisation: body.userOrganisationRepresentative ?? null,
        aftercare_note: body.note ?? null,
      });
    },
    now,
  );
}
