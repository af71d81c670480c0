import { z } from 'zod';
import { isoDate, isoDateTime } from './common.ts';
import { indicatorValue } from './indicators.ts';

const bothDates = {
  when: (payload: { value: unknown }) => {
    const v = payload.value as { from?: unknown; to?: unknown };
    return typeof v.from === 'string' && typeof v.to === 'string';
  },
};

/**
 * The needs picture (behovsbild, F11) for analysts: counts of persons only, never a person.
 * The same suppression as the indicators (1–4 hidden, complementary cells in the sex and age
 * splits); a figure no record holds is `available: false` with `value: null`.
 */
export const needsPictureQuery = z
  .object({
    from: isoDate,
    to: isoDate,
    principal: z.enum(['joint', 'municipality', 'region']).default('joint'),
    step: z.enum(['month', 'quarter', 'year']).default('year'),
    lang: z.enum(['sv', 'en']).default('sv'),
  })
  .refine((q) => q.from <= q.to, { message: 'must not be after to', path: ['from'], ...bothDates })
  .refine((q) => Number(q.to.slice(0, 4)) - Number(q.from.slice(0, 4)) <= 10, {
    message: 'a period is at most ten years',
    path: ['to'],
    ...bothDates,
  });
export type NeedsPictureQuery = z.infer<typeof needsPictureQuery>;

export const needsPicturePeriod = z.object({
  from: z.string(),
  to: z.string(),
  figures: z.array(indicatorValue),
});
export type NeedsPicturePeriod = z.infer<typeof needsPicturePeriod>;

export const needsPicture = z.object({
  from: z.string(),
  to: z.string(),
  principal: z.enum(['joint', 'municipality', 'region']),
  step: z.enum(['month', 'quarter', 'year']),
  computedAt: isoDateTime,
  /** true: test persons are counted (outside production mode, the embedded demo). */
  includesTestData: z.boolean(),
  /** The whole range from `from` to `to`. */
  total: needsPicturePeriod,
  /** Each month, quarter or year of the range: the trend. */
  periods: z.array(needsPicturePeriod),
});
export type NeedsPicture = z.infer<typeof needsPicture>;
