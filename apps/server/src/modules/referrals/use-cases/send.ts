import type { CreateReferralBody, Referral } from '@vardflata/contracts';
import type { Caller } from '../../../access/caller.ts';
import { requirePermission } from '../../../access/permissions.ts';
import { appendAccessLog } from '../../../audit/access-log.ts';
import type { Db } from '../../../db/database.ts';
import { todayInStockholm } from '../../../util/time.ts';
import { findUnitsByIds } from '../../organisations/organisations.repository.ts';
import { requireVisiblePerson } from '../../persons/persons.service.ts';
import {
  requireConsent,
  requireDueNotPast,
  requireOtherOrganisation,
} from '../referrals.policy.ts';
import { toReferral } from '../referrals.presenter.ts';
import {
  consentCoversRecipient,
  insertReferral,
  visibleReferrals,
} from '../repositories/referral.repository.ts';

/** Sends a referral or consultation to a unit of the other principal (F6), under consent. */
export async function sendReferral(
  db: Db,
  caller: Caller,
  personId: string,
  body: CreateReferralBody,
): Promise<Referral> {
  requirePermission(caller, 'care-chain:write');
  const person = await requireVisiblePerson(db, caller, personId, 'referral.create');
  const today = todayInStockholm();
  const [unit] = await findUnitsByIds(db, [body.toUnitId]);
  requireOtherOrganisation(caller, unit);
  requireDueNotPast(body.dueOn, today);
  requireConsent(await consentCoversRecipient(db, personId, unit!.organisation_id));
  return db.transaction().execute(async (trx) => {
    const id = await insertReferral(trx, {
      person_id: personId,
      kind: body.kind,
      from_organisation_id: caller.organisationId!,
      from_unit_id: caller.unitId!,
      sent_by: caller.staffId,
      to_organisation_id: unit!.organisation_id,
      to_unit_id: unit!.id,
      question: body.question,
      due_on: body.dueOn,
    });
    await appendAccessLog(trx, caller, [
      {
        personId,
        action: 'referral.create',
        ground: person.ground ?? 'none',
        outcome: 'allowed',
        detail: { referralId: id, toOrganisationId: unit!.organisation_id },
      },
    ]);
    const [row] = await visibleReferrals(trx, caller, { id });
    return toReferral(caller, row!, today);
  });
}
