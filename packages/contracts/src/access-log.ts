import { z } from 'zod';

export const accessGrounds = [
  'care-relation',
  'consent',
  'sip',
  'emergency',
  'legal-ground',
  'own-organisation',
  'log-review',
  'administration',
  'none',
] as const;
export const accessGround = z.enum(accessGrounds);
export type AccessGround = z.infer<typeof accessGround>;

export const accessLogRow = z.object({
  id: z.string(),
  at: z.string(),
  userId: z.uuid().nullable(),
  userName: z.string().nullable(),
  unitId: z.uuid().nullable(),
  unitName: z.string().nullable(),
  organisationId: z.uuid().nullable(),
  organisationName: z.string().nullable(),
  personId: z.string().nullable(),
  /** The person's number and name, for the reviewer (name null under protected identity). */
  personIdentityNumber: z.string().nullable(),
  personName: z.string().nullable(),
  action: z.string(),
  ground: accessGround,
  outcome: z.enum(['allowed', 'denied']),
});
export type AccessLogRow = z.infer<typeof accessLogRow>;

export const accessLogQuery = z.object({
  personId: z.uuid().optional(),
  userId: z.uuid().optional(),
  unitId: z.uuid().optional(),
  ground: accessGround.optional(),
  outcome: z.enum(['allowed', 'denied']).optional(),
  from: z.iso.date().optional(),
  to: z.iso.date().optional(),
  sample: z.coerce.number().int().min(1).max(500).optional(),
  limit: z.coerce.number().int().min(1).max(1000).default(200),
  offset: z.coerce.number().int().min(0).default(0),
});
export type AccessLogQuery = z.infer<typeof accessLogQuery>;

export const accessExtractRow = z.object({
  at: z.string(),
  unitName: z.string().nullable(),
  organisationName: z.string().nullable(),
  action: z.string(),
});
export type AccessExtractRow = z.infer<typeof accessExtractRow>;
