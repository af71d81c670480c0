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
 * A reception spans organisations: with an organisation too it would name no scope of the grid
 * (unless a unit is named, which must then lie in both).
 */
const receptionOrOrganisation = (q: {
  organisationId?: string | undefined;
  receptionId?: string | undefined;
  unitId?: string | undefined;
}) => !(q.organisationId && q.receptionId && !q.unitId);
const receptionOrOrganisationError = {
  message: 'an integrated reception spans organisations: give either it or an organisation',
  path: ['receptionId'],
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
    /** An integrated reception (its units of both principals); with unitId, one of its units. */
    receptionId: uuid.optional(),
    lang: z.enum(['sv', 'en']).default('sv'),
  })
  .refine((q) => q.from <= q.to, { message: 'must not be after to', path: ['from'], ...bothDates })
  .refine(receptionOrOrganisation, receptionOrOrganisationError)
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
  receptionId: uuid.nullable(),
  /** When the figures were computed (they may be up to a minute old). */
  computedAt: isoDateTime,
  /**
   * true: the person-based figures count test persons (outside production mode, the embedded
   * demo); a screen says so in words, so no one takes them for real figures.
   */
  includesTestData: z.boolean(),
  indicators: z.array(indicatorValue),
});
export type IndicatorsAnswer = z.infer<typeof indicatorsAnswer>;

/**
 * An integrated reception (`reception`) is a scope beside the organisations: its units belong to
 * both principals, so it has no parent; its units say which reception they are in.
 */
export const indicatorScopeKind = z.enum(['county', 'organisation', 'reception', 'unit']);

/** Every scope of the county in one answer: the dashboard's comparison and drill-down. */
export const indicatorGrid = z.object({
  from: z.string(),
  to: z.string(),
  computedAt: isoDateTime,
  /**
   * true: the person-based figures count test persons (outside production mode, the embedded
   * demo); a screen says so in words, so no one takes them for real figures.
   */
  includesTestData: z.boolean(),
  scopes: z.array(
    z.object({
      kind: indicatorScopeKind,
      id: uuid.nullable(),
      name: z.string(),
      /** A unit's organisation; null for the county, organisations and receptions. */
      parentId: uuid.nullable(),
      /** A unit's integrated reception, when it is in one; null for every other scope. */
      receptionId: uuid.nullable(),
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
    receptionId: uuid.optional(),
  })
  .refine((q) => q.from <= q.to, { message: 'must not be after to', path: ['from'], ...bothDates })
  .refine(receptionOrOrganisation, receptionOrOrganisationError);

export const indicatorTrend = z.object({
  step: z.enum(['month', 'quarter', 'year']),
  computedAt: isoDateTime,
  /**
   * true: the person-based figures count test persons (outside production mode, the embedded
   * demo); a screen says so in words, so no one takes them for real figures.
   */
  includesTestData: z.boolean(),
  periods: z.array(
    z.object({ from: z.string(), to: z.string(), indicators: z.array(indicatorValue) }),
  ),
});
export type IndicatorTrend = z.infer<typeof indicatorTrend>;
