import { z } from 'zod';
import { uuid, int32, int32Param } from './common.ts';
import { sipStatus } from './sip.ts';

/**
 * The start page's "your persons" (F7): the persons the caller's unit has an open care relation
 * with, and those whose SIP the caller coordinates. Listing them is a logged read.
 */
export const caseloadQuery = z.object({
  limit: int32Param.min(1).max(500).default(100),
});

export const caseloadPerson = z.object({
  id: uuid,
  personalIdentityNumber: z.string(),
  /** null when the identity is protected and the caller is not authorised to see it. */
  givenName: z.string().nullable(),
  familyName: z.string().nullable(),
  protectedIdentity: z.boolean(),
  /** Since when the caller's unit has an open care relation; null when seen through a SIP only. */
  relationOpenedAt: z.string().nullable(),
  /** The person's open SIPs that the caller coordinates. */
  coordinatedSips: z.array(z.object({ id: uuid, status: sipStatus })),
});
export type CaseloadPerson = z.infer<typeof caseloadPerson>;

export const caseload = z.object({
  /** Persons shown: coordinated first, then the unit's newest relations first. */
  items: z.array(caseloadPerson),
  /** How many there are in all (more than `items` when the limit cut the list). */
  total: int32,
});
export type Caseload = z.infer<typeof caseload>;
