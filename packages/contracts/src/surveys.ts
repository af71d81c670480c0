import { z } from 'zod';
import { int32, isoDate, uuid } from './common.ts';

export const surveyKind = z.enum(['uiv', 'uiv-eb']);

export const surveyInvitationBody = z.object({ kind: surveyKind });
export type SurveyInvitationBody = z.infer<typeof surveyInvitationBody>;

export const surveyInvitation = z.object({
  token: z.string(),
  /** The link to hand to the client (also as a QR code): no sign-in. */
  path: z.string(),
  kind: surveyKind,
  expiresOn: z.string(),
});
export type SurveyInvitation = z.infer<typeof surveyInvitation>;

export const surveyTokenParams = z.object({ token: z.string().regex(/^[A-Za-z0-9_-]{20,64}$/) });

export const publicSurvey = z.object({
  kind: surveyKind,
  unitName: z.string(),
  questionCount: int32,
});

export const surveyAnswersBody = z.object({
  /** One per question, 1–5 on the scale, or null when left unanswered. */
  answers: z.array(int32.min(1).max(5).nullable()).max(40),
});

export const surveyResultsQuery = z
  .object({ from: isoDate, to: isoDate, unitId: uuid.optional() })
  .refine((q) => q.from <= q.to, {
    message: 'must not be after to',
    path: ['from'],
    when: (payload) => {
      const v = payload.value as { from?: unknown; to?: unknown };
      return typeof v.from === 'string' && typeof v.to === 'string';
    },
  });

export const surveyResults = z.object({
  from: z.string(),
  to: z.string(),
  unitId: uuid.nullable(),
  items: z.array(
    z.object({
      kind: surveyKind,
      /** Responses behind the figures; null (suppressed) when 1–4. */
      responses: int32.nullable(),
      suppressed: z.boolean(),
      questions: z.array(
        z.object({ index: int32, mean: z.number().nullable(), answered: int32.nullable() }),
      ),
    }),
  ),
});
export type SurveyResults = z.infer<typeof surveyResults>;
