import { z } from 'zod';
import {
  containsIdentityNumber,
  DEVIATION_CATEGORIES,
  DEVIATION_STATUSES,
  IDENTITY_NUMBER_REFUSED,
} from '@vardflata/domain';
import { isoDate, isoDateTime, uuid } from './common.ts';

/**
 * Deviations (avvikelser, F13): a collaboration failure reported by any staff member to the
 * organisation it concerns. No person data: a text with a personnummer is refused (400).
 */

/** Free text of governance records: never a personal identity number in it. */
export const personFreeText = (max: number) =>
  z
    .string()
    .trim()
    .min(1, 'required')
    .max(max)
    .refine((v) => !containsIdentityNumber(v), { message: IDENTITY_NUMBER_REFUSED });

export const deviationCategory = z.enum(DEVIATION_CATEGORIES);
export const deviationStatus = z.enum(DEVIATION_STATUSES);

export const reportDeviationBody = z.object({
  category: deviationCategory,
  description: personFreeText(4000),
  concernsOrganisationId: uuid,
});
export type ReportDeviationBody = z.infer<typeof reportDeviationBody>;

export const answerDeviationBody = z.object({ answer: personFreeText(4000) });
export type AnswerDeviationBody = z.infer<typeof answerDeviationBody>;

export const closeDeviationBody = z.object({ actionTaken: personFreeText(4000) });
export type CloseDeviationBody = z.infer<typeof closeDeviationBody>;

export const deviation = z.object({
  id: uuid,
  category: deviationCategory,
  description: z.string(),
  status: deviationStatus,
  reportedAt: isoDateTime,
  reportedBy: z.object({ name: z.string(), unitName: z.string().nullable() }),
  reporterOrganisation: z.object({ id: uuid, name: z.string() }).nullable(),
  concernsOrganisation: z.object({ id: uuid, name: z.string() }),
  answer: z.string().nullable(),
  answeredAt: isoDateTime.nullable(),
  answeredBy: z.string().nullable(),
  actionTaken: z.string().nullable(),
  closedAt: isoDateTime.nullable(),
  closedBy: z.string().nullable(),
  /** What the caller may do now. */
  mayAnswer: z.boolean(),
  mayClose: z.boolean(),
});
export type Deviation = z.infer<typeof deviation>;

export const deviationListQuery = z.object({
  /** reported: the caller's own reports; concerning: those to the caller's organisation;
   * all: every deviation the caller may see. */
  scope: z.enum(['reported', 'concerning', 'all']).default('all'),
  status: deviationStatus.optional(),
});

export const deviationStatisticsQuery = z.object({ from: isoDate, to: isoDate });

export const deviationStatistics = z.object({
  from: z.string(),
  to: z.string(),
  total: z.number(),
  categories: z.array(
    z.object({
      category: deviationCategory,
      reported: z.number(),
      open: z.number(),
      answered: z.number(),
      closed: z.number(),
    }),
  ),
});
export type DeviationStatistics = z.infer<typeof deviationStatistics>;
