import { z } from 'zod';
import { organisationKind } from './auth.ts';
import { uuid } from './common.ts';

/** A unit of an integrated reception, with the principal it belongs to. */
export const integratedReceptionUnit = z.object({
  id: uuid,
  name: z.string(),
  organisationId: uuid,
  organisationName: z.string(),
  organisationKind,
});

/** A joint reception of both principals (seed 003): one team, each unit its own records. */
export const integratedReception = z.object({
  id: uuid,
  name: z.string(),
  units: z.array(integratedReceptionUnit),
});
export type IntegratedReception = z.infer<typeof integratedReception>;

export const integratedReceptionBody = z.object({
  name: z.string().trim().min(1, 'required').max(200),
  unitIds: z
    .array(uuid)
    .min(2, 'at least one unit of the region and one of a municipality')
    .max(50),
});
export type IntegratedReceptionBody = z.infer<typeof integratedReceptionBody>;
