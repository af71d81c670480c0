import { z } from 'zod';
import { int32, isoDateTimeInput, uuid } from './common.ts';
import { sipPerson } from './sip.ts';

// care: LOB sobering intakes and their hand-over (seed 002).

export const createLobIntakeBody = z.object({
  broughtInAt: isoDateTimeInput,
  broughtBy: z.enum(['police', 'other']),
  note: z.string().trim().max(4000).optional(),
});
export type CreateLobIntakeBody = z.infer<typeof createLobIntakeBody>;

export const lobHandoverBody = z.object({
  to: z.enum(['withdrawal-care', 'social-services', 'home']),
  handedOverAt: isoDateTimeInput,
  /** social-services: the unit that takes over (it must be a municipality's). */
  toUnitId: uuid.optional(),
  /** withdrawal-care: the bed request's fields. */
  medicallyMotivated: z.boolean().optional(),
  reason: z.string().trim().min(1).max(4000).optional(),
});
export type LobHandoverBody = z.infer<typeof lobHandoverBody>;

export const lobIntake = z.object({
  id: uuid,
  personId: uuid,
  person: sipPerson.nullable(),
  unitId: uuid,
  unitName: z.string(),
  broughtInAt: z.string(),
  broughtBy: z.enum(['police', 'other']),
  note: z.string().nullable(),
  status: z.enum(['sobering', 'handed-over']),
  handoverTo: z.enum(['withdrawal-care', 'social-services', 'home']).nullable(),
  toUnitId: uuid.nullable(),
  toUnitName: z.string().nullable(),
  withdrawalRequestId: uuid.nullable(),
  handedOverAt: z.string().nullable(),
  /** The time the hand-over took, from being brought in. */
  minutesToHandover: int32.nullable(),
  receivedAt: z.string().nullable(),
});
export type LobIntake = z.infer<typeof lobIntake>;
