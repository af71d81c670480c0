import { z } from 'zod';
import { isoDate, isoDateTime, uuid } from './common.ts';

/** Checked beside the fields' own errors, only when both dates are there. */
const bothDates = {
  when: (payload: { value: unknown }) => {
    const v = payload.value as { from?: unknown; to?: unknown };
    return typeof v.from === 'string' && typeof v.to === 'string';
  },
};

/**
 * Follow-up indicators (F9), aggregates only: never a person. Counts from 1 to 4 are
 * `value: null, suppressed: true`; an indicator whose records are not built yet is
 * `value: null, available: false` — never zero.
 */
export const indicatorsQuery = z
  .object({
    from: isoDate,
    to: isoDate,
    /** Omitted: the whole county. */
    organisationId: uuid.optional(),
    /** Drill-down below the organisation: one unit. */
    unitId: uuid.optional(),
    lang: z.enum(['sv', 'en']).default('sv'),
  })
  .refine((q) => q.from <= q.to, { message: 'must not be after to', path: ['from'], ...bothDates })
  .refine((q) => Number(q.to.slice(0, 4)) - Number(q.from.slice(0, 4)) <= 10, {
    message: 'a period is at most ten years',
    path: ['to'],
    ...bothDates,
  });
export type IndicatorsQuery = z.infer<typeof indicatorsQuery>;

export const indicatorValue = z.object({
  code: z.string(),
  value: z.number().nullable(),
  suppressed: z.boolean(),
  /** false: the records this indicator reads are not in Vårdfläta yet. */
  available: z.boolean(),
});
export type IndicatorValue = z.infer<typeof indicatorValue>;

export const indicatorsAnswer = z.object({
  from: z.string(),
  to: z.string(),
  organisationId: uuid.nullable(),
  unitId: uuid.nullable(),
  /** When the figures were computed (they may be up to a minute old). */
  computedAt: isoDateTime,
  indicators: z.array(indicatorValue),
});
export type IndicatorsAnswer = z.infer<typeof indicatorsAnswer>;

export const indicatorScopeKind = z.enum(['county', 'organisation', 'unit']);

/** Every scope of the county in one answer: the dashboard's comparison and drill-down. */
export const indicatorGrid = z.object({
  from: z.string(),
  to: z.string(),
  computedAt: isoDateTime,
  scopes: z.array(
    z.object({
      kind: indicatorScopeKind,
      id: uuid.nullable(),
      name: z.string(),
      parentId: uuid.nullable(),
      indicators: z.array(indicatorValue),
    }),
  ),
});
export type IndicatorGrid = z.infer<typeof indicatorGrid>;

export const indicatorGridQuery = z
  .object({ from: isoDate, to: isoDate })
  .refine((q) => q.from <= q.to, { message: 'must not be after to', path: ['from'], ...bothDates });

/** The trend: the same indicators for each month, quarter or year between from and to. */
export const indicatorTrendQuery = z
  .object({
    from: isoDate,
    to: isoDate,
    step: z.enum(['month', 'quarter', 'year']).default('month'),
    organisationId: uuid.optional(),
    unitId: uuid.optional(),
  })
  .refine((q) => q.from <= q.to, { message: 'must not be after to', path: ['from'], ...bothDates });

export const indicatorTrend = z.object({
  step: z.enum(['month', 'quarter', 'year']),
  computedAt: isoDateTime,
  periods: z.array(
    z.object({ from: z.string(), to: z.string(), indicators: z.array(indicatorValue) }),
  ),
});
export type IndicatorTrend = z.infer<typeof indicatorTrend>;
