import { z } from 'zod';
import { URGENCIES, WITHDRAWAL_STATUSES } from '@vardflata/domain';
import { int32, uuid } from './common.ts';
import { sipPerson } from './sip.ts';

// care: withdrawal-bed requests to the county's addiction centre (seed 004).

export const urgency = z.enum(URGENCIES);
export const withdrawalStatus = z.enum(WITHDRAWAL_STATUSES);

export const createWithdrawalRequestBody = z.object({
  medicallyMotivated: z.boolean(),
  reason: z.string().trim().min(1, 'say why a bed is needed').max(4000),
});
export type CreateWithdrawalRequestBody = z.infer<typeof createWithdrawalRequestBody>;

export const triageWithdrawalRequestBody = z.object({ urgency });
export type TriageWithdrawalRequestBody = z.infer<typeof triageWithdrawalRequestBody>;

export const dischargeWithdrawalRequestBody = z.object({
  /** The coordinated aftercare plan (samlad vårdplanering) was made with the person. */
  personTookPart: z.boolean(),
  /** A user-organisation representative, when the person wanted one. */
  userOrganisationRepresentative: z.string().trim().min(1).max(200).optional(),
  /** The SIP the aftercare continues in; omitted: a new SIP is proposed by the centre. */
  sipId: uuid.optional(),
  note: z.string().trim().max(4000).optional(),
});
export type DischargeWithdrawalRequestBody = z.infer<typeof dischargeWithdrawalRequestBody>;

export const withdrawalRequest = z.object({
  id: uuid,
  personId: uuid,
  /** null when the caller may no longer see who it is (consent revoked). */
  person: sipPerson.nullable(),
  status: withdrawalStatus,
  bedUnitId: uuid,
  bedUnitName: z.string(),
  requestingOrganisationId: uuid,
  requestingOrganisationName: z.string(),
  requestingUnitId: uuid,
  requestingUnitName: z.string(),
  requestedAt: z.string(),
  medicallyMotivated: z.boolean(),
  /** The person has an active SIP (seed 004's "ett led i en samlad vårdplanering"). */
  partOfCoordinatedPlan: z.boolean(),
  fromSocialServices: z.boolean(),
  /** Seed 004's priority within one urgency. */
  prioritised: z.boolean(),
  reason: z.string().nullable(),
  urgency: urgency.nullable(),
  admittedAt: z.string().nullable(),
  dischargedAt: z.string().nullable(),
  aftercare: z
    .object({
      sipId: uuid.nullable(),
      personTookPart: z.boolean(),
      userOrganisationRepresentative: z.string().nullable(),
      note: z.string().nullable(),
    })
    .nullable(),
  /** Days waited so far (waiting) or until admission. */
  daysWaited: int32.nullable(),
});
export type WithdrawalRequest = z.infer<typeof withdrawalRequest>;

export const bedBoard = z.object({
  units: z.array(
    z.object({
      unitId: uuid,
      unitName: z.string(),
      beds: int32,
      occupied: int32,
      free: int32,
      waiting: int32,
      admitted: z.array(withdrawalRequest),
    }),
  ),
});
export type BedBoard = z.infer<typeof bedBoard>;
