import { z } from 'zod';
import { DISCLOSURE_GROUNDS } from '@vardflata/domain';
import { uuid } from './common.ts';
import { sipPerson } from './sip.ts';

// care: disclosures on a legal ground (F2, seed 001).

export const disclosureGround = z.enum(DISCLOSURE_GROUNDS);

export const createDisclosureBody = z.object({
  ground: disclosureGround,
  recipientOrganisationId: uuid,
  content: z.string().trim().min(1, 'write what is disclosed').max(8000),
});
export type CreateDisclosureBody = z.infer<typeof createDisclosureBody>;

export const disclosure = z.object({
  id: uuid,
  personId: uuid,
  /** Whom it is about, as the disclosure names them (null names under protected identity). */
  person: sipPerson,
  ground: disclosureGround,
  legalReference: z.string(),
  recipientOrganisationId: uuid,
  recipientOrganisationName: z.string(),
  content: z.string(),
  disclosedAt: z.string(),
  disclosedByName: z.string(),
  disclosedUnitName: z.string(),
  disclosedOrganisationName: z.string(),
  acknowledgedAt: z.string().nullable(),
});
export type Disclosure = z.infer<typeof disclosure>;
