import { z } from 'zod';
import { uuid, isoDate, int32, int32Param } from './common.ts';

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
  userId: uuid.nullable(),
  userName: z.string().nullable(),
  unitId: uuid.nullable(),
  unitName: z.string().nullable(),
  organisationId: uuid.nullable(),
  organisationName: z.string().nullable(),
  personId: z.string().nullable(),
  /** The person's number and name, for the reviewer (name null under protected identity). */
  personIdentityNumber: z.string().nullable(),
  personName: z.string().nullable(),
  /** The person has protected identity (their name is shown only to authorised staff). */
  personProtectedIdentity: z.boolean(),
  /** The code; the words for it are in the domain's action catalogue (accessActionLabel). */
  action: z.string(),
  ground: accessGround,
  outcome: z.enum(['allowed', 'denied']),
});
export type AccessLogRow = z.infer<typeof accessLogRow>;

const booleanQuery = z
  .enum(['true', 'false'])
  .transform((v) => v === 'true')
  .optional();

export const accessLogQuery = z.object({
  personId: uuid.optional(),
  userId: uuid.optional(),
  unitId: uuid.optional(),
  ground: accessGround.optional(),
  outcome: z.enum(['allowed', 'denied']).optional(),
  from: isoDate.optional(),
  to: isoDate.optional(),
  /** The reviewer's own earlier log reviews are left out unless asked for. */
  includeOwnReviews: booleanQuery,
  sample: int32Param.min(1).max(500).optional(),
  limit: int32Param.min(1).max(1000).default(200),
  offset: int32Param.min(0).default(0),
});
export type AccessLogQuery = z.infer<typeof accessLogQuery>;

/** A person named in the log review, as the reviewer may see them. */
export const logPerson = z.object({
  id: uuid,
  personalIdentityNumber: z.string(),
  /** null under protected identity unless the reviewer is authorised. */
  name: z.string().nullable(),
  protectedIdentity: z.boolean(),
});
export type LogPerson = z.infer<typeof logPerson>;

export const accessLogPage = z.object({
  items: z.array(accessLogRow),
  total: int32,
  /** The person the review is filtered on, also when the log holds no rows about them. */
  person: logPerson.nullable(),
});
export type AccessLogPage = z.infer<typeof accessLogPage>;

/** A completed log review (loggkontroll), recorded by the unit manager who did it. */
export const recordLogReviewBody = z.object({
  kind: z.enum(['sample', 'search']),
  rowsReviewed: int32.min(0).max(100_000),
  findings: z.enum(['none', 'follow-up']),
  /** What was looked at and found; never a personnummer (the log itself names the persons). */
  note: z.string().trim().max(2000).optional(),
});
export type RecordLogReviewBody = z.infer<typeof recordLogReviewBody>;

export const logReview = z.object({
  id: uuid,
  at: z.string(),
  byName: z.string(),
  unitName: z.string().nullable(),
  kind: z.enum(['sample', 'search']),
  rowsReviewed: int32,
  findings: z.enum(['none', 'follow-up']),
  note: z.string().nullable(),
});
export type LogReview = z.infer<typeof logReview>;

/** Whether the organisation's recurring log review is due (the unit manager's start page). */
export const logReviewStatus = z.object({
  intervalDays: int32,
  last: logReview.nullable(),
  /** The date the next review is due by; null when none has been done (it is due now). */
  nextDueOn: isoDate.nullable(),
  due: z.boolean(),
  recent: z.array(logReview),
});
export type LogReviewStatus = z.infer<typeof logReviewStatus>;

// The register extract (registerutdrag) handed to the person: plain words, no codes, no ids.

export const registerExtractQuery = z
  .object({
    from: isoDate.optional(),
    to: isoDate.optional(),
    lang: z.enum(['sv', 'en']).default('sv'),
  })
  .refine((q) => !q.from || !q.to || q.from <= q.to, {
    path: ['to'],
    message: 'must not be before from',
    // Checked beside the fields' own errors, so one answer names every bad field.
    when: (payload) => {
      const v = payload.value as { from?: unknown; to?: unknown };
      return typeof v.from === 'string' && typeof v.to === 'string';
    },
  });

const localized = z.object({ sv: z.string(), en: z.string() });

/** One line of the extract: a unit did one kind of thing on one day, `count` times. */
export const registerExtractEntry = z.object({
  /** The unit (or, for staff without a unit, the organisation). */
  place: z.string(),
  /** What the unit did, addressed to the person ("läste dina screeningar"). */
  text: localized,
  count: int32,
  firstAt: z.string(),
  lastAt: z.string(),
});

export const registerExtract = z.object({
  person: z.object({ personalIdentityNumber: z.string(), name: z.string().nullable() }),
  organisationName: z.string(),
  from: isoDate.nullable(),
  to: isoDate.nullable(),
  generatedOn: isoDate,
  days: z.array(z.object({ date: isoDate, entries: z.array(registerExtractEntry) })),
});
export type RegisterExtract = z.infer<typeof registerExtract>;
export type RegisterExtractEntry = z.infer<typeof registerExtractEntry>;
