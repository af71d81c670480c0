import type { CreateWithdrawalRequestBody, WithdrawalRequest } from '@vardflata/contracts';
import type { Caller } from '../../../access/caller.ts';
import { requirePermission } from '../../../access/permissions.ts';
import { appendAccessLog, logDenied } from '../../../audit/access-log.ts';
import type { Db } from '../../../db/database.ts';
import { unprocessable } from '../../../http/problem.ts';
import { requireVisiblePerson } from '../../persons/persons.service.ts';
import { consentNeeded, refuseWithoutConsent } from '../withdrawal.policy.ts';
import { toWithdrawalRequest } from '../withdrawal.presenter.ts';
import * as repo from '../repositories/withdrawal-request.repository.ts';

/**
 * A unit with a care relation asks the county's addiction centre for a withdrawal bed (seed
 * 004). The request carries the person's need across to the centre, so it rests on a consent
 * naming the centre's organisation; without one it is refused with `missing: ["consent"]`.
 */
export async function requestWithdrawalBed(
  db: Db,
  caller: Caller,
  personId: string,
  body: CreateWithdrawalRequestBody,
  now: Date = new Date(),
): Promise<WithdrawalRequest> {
  requirePermission(caller, 'withdrawal:request');
  const person = await requireVisiblePerson(db, caller, personId, 'withdrawal-request.create');
  const [bedUnit] = await repo.listBedUnits(db);
  if (!bedUnit) {
    throw unprocessable('The county has no unit with withdrawal beds.', { missing: ['bed-unit'] });
  }
  if (
    consentNeeded(caller, bedUnit.organisation_id) &&
    !(await repo.hasConsentNaming(db, personId, bedUnit.organisation_id))
  ) {
    await logDenied(db, caller, {
      personId,
      action: 'withdrawal-request.create',
      ground: person.ground ?? 'none',
      detail: { missing: 'consent' },
    });
    refuseWithoutConsent();
  }
  return db.transaction().execute(async (trx) => {
    const id = await repo.insertRequest(trx, {
      person_id: personId,
      bed_unit_id: bedUnit.unit_id,
      requesting_unit_id: caller.unitId!,
      requesting_organisation_id: caller.organisationId!,
      requested_by: caller.staffId,
      requested_at: now,
      medically_motivated: body.medicallyMotivated,
      reason: body.reason,
    });
    await appendAccessLog(trx, caller, [
      {
        personId,
        action: 'withdrawal-request.create',
        ground: person.ground ?? 'none',
        outcome: 'allowed',
        detail: { requestId: id },
      },
    ]);
    return toWithdrawalRequest(caller, (await repo.findRequest(trx, caller, id))!, now);
  });
}
