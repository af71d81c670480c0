import { z } from 'zod';
import { int32, int32Param, isoDate, uuid } from './common.ts';

/**
 * Joint financing (F18, decision 0019-e). Shares are percentages with at most two decimals
 * (kept as hundredths of a percent); money is whole öre (never a float).
 */
const percent = z
  .number()
  .min(0)
  .max(100)
  .refine(
    (v) => Number.isInteger(Math.round(v * 100)) && Math.abs(v * 100 - Math.round(v * 100)) < 1e-6,
    {
      message: 'at most two decimals',
    },
  );
/** Öre, a whole number (up to 10^13 öre = 100 000 000 000 kr, safe in a double). */
export const ore = z
  .number()
  .min(0)
  .max(10_000_000_000_000)
  .refine((v) => Number.isSafeInteger(v), { message: 'whole öre' });

export const costKeyMunicipality = z.object({
  organisationId: uuid,
  organisationName: z.string(),
  /** Fixed share (percent) or, by population, the population of the key's year (null when not
   * entered: the key cannot be applied until it is). */
  percent: z.number().nullable(),
  population: int32.nullable(),
});

export const costKeyVersion = z.object({
  id: uuid,
  version: int32,
  validFrom: z.string(),
  validUntil: z.string().nullable(),
  regionId: uuid,
  regionName: z.string(),
  regionPercent: z.number(),
  municipalPercent: z.number(),
  municipalBasis: z.enum(['population', 'fixed']),
  populationYear: int32.nullable(),
  note: z.string(),
  municipalities: z.array(costKeyMunicipality),
});
export type CostKeyVersion = z.infer<typeof costKeyVersion>;

export const jointOperation = z.object({
  id: uuid,
  name: z.string(),
  description: z.string(),
  keys: z.array(costKeyVersion),
  /** The caller may change keys and costs (a member of the county steering group). */
  mayManage: z.boolean(),
});
export type JointOperation = z.infer<typeof jointOperation>;

export const createJointOperationBody = z.object({
  name: z.string().trim().min(1).max(200),
  description: z.string().trim().max(2000).default(''),
});
export type CreateJointOperationBody = z.infer<typeof createJointOperationBody>;

export const createCostKeyBody = z.object({
  validFrom: isoDate,
  validUntil: isoDate.optional(),
  regionId: uuid,
  regionPercent: percent,
  municipalPercent: percent,
  municipalBasis: z.enum(['population', 'fixed']),
  populationYear: int32.min(1900).max(9999).optional(),
  municipalities: z
    .array(z.object({ organisationId: uuid, percent: percent.optional() }))
    .min(1)
    .max(100),
  note: z.string().trim().max(2000).default(''),
});
export type CreateCostKeyBody = z.infer<typeof createCostKeyBody>;

export const populationsQuery = z.object({ year: int32Param.min(1900).max(9999) });
export const populations = z.object({
  year: int32,
  items: z.array(
    z.object({
      organisationId: uuid,
      organisationName: z.string(),
      population: int32.nullable(),
    }),
  ),
});
export type Populations = z.infer<typeof populations>;
export const setPopulationsBody = z.object({
  year: int32.min(1900).max(9999),
  entries: z
    .array(z.object({ organisationId: uuid, population: int32.min(0) }))
    .min(1)
    .max(300),
});
export type SetPopulationsBody = z.infer<typeof setPopulationsBody>;

export const settlementPeriod = z.object({
  id: uuid,
  startsOn: z.string(),
  endsOn: z.string(),
  status: z.enum(['open', 'settled']),
  settledAt: z.string().nullable(),
  settledByName: z.string().nullable(),
});
export type SettlementPeriod = z.infer<typeof settlementPeriod>;
export const createPeriodBody = z.object({ startsOn: isoDate, endsOn: isoDate });
export type CreatePeriodBody = z.infer<typeof createPeriodBody>;

export const operationCostBody = z.object({ periodId: uuid, amountOre: ore });
export type OperationCostBody = z.infer<typeof operationCostBody>;
/** Up to 10 000 000 kr a day, so rate × days of any period stays an exact whole number. */
export const dailyRateBody = z.object({ dailyRateOre: ore.max(1_000_000_000) });
export type DailyRateBody = z.infer<typeof dailyRateBody>;

const part = z.object({
  organisationId: uuid,
  organisationName: z.string(),
  /** How the part was reached, e.g. "kommunerna 75 % × invånare 52 000 / 86 000". */
  percent: z.number(),
  ore,
});

/** The avräkning of one period: the screen, the PDF and the workbook show this one object. */
export const settlement = z.object({
  period: settlementPeriod,
  operations: z.array(
    z.object({
      operationId: uuid,
      name: z.string(),
      keyVersion: int32.nullable(),
      /** null: no cost entered for the period (nothing to split, not a zero). */
      totalOre: ore.nullable(),
      /** Why the operation could not be split, when it could not. */
      problem: z.enum(['no-cost', 'no-key', 'no-population']).nullable(),
      parts: z.array(part),
    }),
  ),
  placements: z.array(
    z.object({
      /** Opaque: opens nothing without access to the person (decision 0019-e). */
      placementId: uuid,
      /** A reference without person data (decision 0019-e). */
      reference: z.string(),
      placingOrganisationName: z.string(),
      providerUnitName: z.string(),
      from: z.string(),
      to: z.string(),
      days: int32,
      /** null: no daily rate entered yet; the placement is not costed (never a zero). */
      dailyRateOre: ore.nullable(),
      totalOre: ore.nullable(),
      parts: z.array(part),
    }),
  ),
  totals: z.array(part.omit({ percent: true })),
  totalOre: ore,
});
export type Settlement = z.infer<typeof settlement>;
