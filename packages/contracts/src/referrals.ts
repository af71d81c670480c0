import { z } from 'zod';
import { REFERRAL_KINDS, REFERRAL_STATUSES } from '@vardflata/domain';
import { isoDate, uuid } from './common.ts';

/** Referral and consultation between the principals (F6). */

export const referralKind = z.enum(REFERRAL_KINDS);

export const createReferralBody = z.object({
  kind: referralKind,
  /** A unit of another organisation; the person's consent must name its organisation. */
  toUnitId: uuid,
  question: z.string().trim().min(1, 'required').max(4000),
  /** When the answer is expected. */
  dueOn: isoDate,
});
export type CreateReferralBody = z.infer<typeof createReferralBody>;

export const answerReferralBody = z.object({
  answer: z.string().trim().min(1, 'required').max(4000),
});
export type AnswerReferralBody = z.infer<typeof answerReferralBody>;

export const referralsQuery = z.object({
  /** incoming: to the caller's unit; outgoing: from it. */
  box: z.enum(['incoming', 'outgoing']).default('incoming'),
  status: z.enum(REFERRAL_STATUSES).optional(),
});
export type ReferralsQuery = z.infer<typeof referralsQuery>;

const place = z.object({
  organisationId: uuid,
  organisationName: z.string(),
  unitId: uuid,
  unitName: z.string(),
});

export const referral = z.object({
  id: uuid,
  personId: uuid,
  person: z.object({
    personalIdentityNumber: z.string(),
    givenName: z.string().nullable(),
    familyName: z.string().nullable(),
    protectedIdentity: z.boolean(),
  }),
  kind: referralKind,
  from: place,
  to: place,
  sentAt: z.string(),
  sentByName: z.string(),
  question: z.string(),
  dueOn: z.string(),
  status: z.enum(REFERRAL_STATUSES),
  /** Not answered and past its due date. */
  overdue: z.boolean(),
  answer: z.string().nullable(),
  answeredAt: z.string().nullable(),
  answeredByName: z.string().nullable(),
  /** Whether the caller's unit receives it and it is still open. */
  mayAnswer: z.boolean(),
});
export type Referral = z.infer<typeof referral>;
