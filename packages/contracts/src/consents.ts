import { z } from 'zod';
import { uuid, isoDate } from './common.ts';

export const consentPurposes = ['sip', 'information-sharing', 'relatives-participation'] as const;
export const consentPurpose = z.enum(consentPurposes);
export type ConsentPurpose = z.infer<typeof consentPurpose>;

export const createConsentBody = z.object({
  purpose: consentPurpose,
  recipientOrganisationIds: z.array(uuid).min(1, 'name at least one organisation').max(50),
  form: z.enum(['written', 'oral']),
  validUntil: isoDate.optional(),
  note: z.string().trim().max(4000).optional(),
});
export type CreateConsentBody = z.infer<typeof createConsentBody>;

export const consent = z.object({
  id: uuid,
  personId: uuid,
  purpose: consentPurpose,
  recipientOrganisationIds: z.array(uuid),
  form: z.enum(['written', 'oral']),
  validFrom: z.string(),
  validUntil: z.string().nullable(),
  note: z.string().nullable(),
  recordedAt: z.string(),
  recordedBy: uuid,
  recordedByName: z.string(),
  recordedByOrganisationId: uuid,
  revokedAt: z.string().nullable(),
  revokedBy: uuid.nullable(),
  revokeReason: z.string().nullable(),
  status: z.enum(['valid', 'expired', 'revoked']),
});
export type Consent = z.infer<typeof consent>;

/** The body may be left out entirely (no content), hence nullish. */
export const revokeConsentBody = z
  .object({ reason: z.string().trim().max(2000).optional() })
  .nullish();
export type RevokeConsentBody = z.infer<typeof revokeConsentBody>;
