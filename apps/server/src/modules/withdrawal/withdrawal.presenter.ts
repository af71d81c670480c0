import { isPrioritised, type Urgency } from '@vardflata/domain';
import type { WithdrawalRequest } from '@vardflata/contracts';
import type { Caller } from '../../access/caller.ts';
import { toIso, toIsoOrNull } from '../../util/time.ts';
import type { WithdrawalRequestRow } from './repositories/withdrawal-request.repository.ts';
import { personShown } from '../care-chain/person-shown.ts';

const DAY = 86_400_000;

/** The person as the caller may see them: null without a ground, no name under protection. */
function personOf(caller: Caller, row: WithdrawalRequestRow) {
  if (row.ground === null && row.requesting_organisation_id !== caller.organisationId) return null;
  return personShown(caller, row);
}

export function queued(row: WithdrawalRequestRow) {
  return {
    id: row.id,
    requestedAt: row.requested_at,
    urgency: row.urgency as Urgency | null,
    fromSocialServices: row.from_social_services,
    medicallyMotivated: row.medically_motivated,
    partOfCoordinatedPlan: row.part_of_coordinated_plan,
  };
}

export function toWithdrawalRequest(
  caller: Caller,
  row: WithdrawalRequestRow,
  now: Date,
): WithdrawalRequest {
  const person = personOf(caller, row);
  const until = row.admitted_at ?? (row.status === 'waiting' ? now : null);
  return {
    id: row.id,
    personId: row.person_id,
    person,
    status: row.status,
    bedUnitId: row.bed_unit_id,
    bedUnitName: row.bed_unit_name,
    requestingOrganisationId: row.requesting_organisation_id,
    requestingOrganisationName: row.requesting_organisation_name,
    requestingUnitId: row.requesting_unit_id,
    requestingUnitName: row.requesting_unit_name,
    requestedAt: toIso(row.requested_at),
    medicallyMotivated: row.medically_motivated,
    partOfCoordinatedPlan: row.part_of_coordinated_plan,
    fromSocialServices: row.from_social_services,
    prioritised: isPrioritised(queued(row)),
    // The reason is about the person: shown only with the person.
    reason: person ? row.reason : null,
    urgency: row.urgency,
    admittedAt: toIsoOrNull(row.admitted_at),
    dischargedAt: toIsoOrNull(row.discharged_at),
    aftercare:
      row.status === 'discharged'
        ? {
            sipId: row.aftercare_sip_id,
            personTookPart: row.aftercare_person_took_part ?? false,
            userOrganisationRepresentative: row.aftercare_user_organisation,
            note: row.aftercare_note,
          }
        : null,
    daysWaited:
      until === null
        ? null
        : Math.floor((new Date(until).getTime() - new Date(row.requested_at).getTime()) / DAY),
  };
}
