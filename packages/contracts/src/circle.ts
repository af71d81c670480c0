import { z } from 'zod';
import {
  CHILD_CONTACTS,
  CHILDREN_ANSWERS,
  CHILDREN_QUESTION_CONTEXTS,
  CIRCLE_MEMBER_KINDS,
  SUPPORT_KINDS,
} from '@vardflata/domain';
import { int32, isoDate, uuid } from './common.ts';

/** The person's circle (F1): children, adult relatives, support given, the children question. */

export const childrenAnswer = z.enum(CHILDREN_ANSWERS);

export const createCircleMemberBody = z
  .object({
    kind: z.enum(CIRCLE_MEMBER_KINDS),
    name: z.string().trim().min(1, 'required').max(200),
    /** e.g. "son", "dotter", "partner", "mor". */
    relation: z.string().trim().min(1, 'required').max(100),
    birthYear: int32.min(1900).max(9999).nullish(),
    /** Children: in the household or with regular contact. */
    contact: z.enum(CHILD_CONTACTS).nullish(),
    note: z.string().trim().max(2000).nullish(),
  })
  .superRefine((body, ctx) => {
    if (body.kind === 'child' && !body.contact) {
      ctx.addIssue({ code: 'custom', path: ['contact'], message: 'required for a child' });
    }
    if (body.kind === 'adult' && body.contact) {
      ctx.addIssue({ code: 'custom', path: ['contact'], message: 'only for a child' });
    }
  });
export type CreateCircleMemberBody = z.infer<typeof createCircleMemberBody>;

export const createSupportBody = z.object({
  kind: z.enum(SUPPORT_KINDS),
  givenOn: isoDate,
  /** Who informed, advised or supported. */
  givenBy: z.string().trim().min(1, 'required').max(200),
  description: z.string().trim().min(1, 'required').max(2000),
});
export type CreateSupportBody = z.infer<typeof createSupportBody>;

export const childrenQuestionBody = z.object({
  answer: childrenAnswer,
  context: z.enum(CHILDREN_QUESTION_CONTEXTS),
  /** The SIP or intervention where it was asked. */
  recordId: uuid.nullish(),
  askedOn: isoDate,
});
export type ChildrenQuestionBody = z.infer<typeof childrenQuestionBody>;

export const circleSupport = z.object({
  id: uuid,
  kind: z.enum(SUPPORT_KINDS),
  givenOn: z.string(),
  givenBy: z.string(),
  description: z.string(),
});

export const circleMember = z.object({
  id: uuid,
  personId: uuid,
  kind: z.enum(CIRCLE_MEMBER_KINDS),
  name: z.string(),
  relation: z.string(),
  birthYear: int32.nullable(),
  /** Age this year; null when the birth year is not known. */
  age: int32.nullable(),
  contact: z.enum(CHILD_CONTACTS).nullable(),
  note: z.string().nullable(),
  organisationName: z.string(),
  unitName: z.string(),
  supports: z.array(circleSupport),
  /** A child with nothing recorded yet: seed 000 wants every child to get it. */
  withoutSupport: z.boolean(),
});
export type CircleMember = z.infer<typeof circleMember>;

export const childrenQuestion = z.object({
  id: uuid,
  answer: childrenAnswer,
  context: z.enum(CHILDREN_QUESTION_CONTEXTS),
  recordId: uuid.nullable(),
  askedOn: z.string(),
  unitName: z.string(),
});
export type ChildrenQuestion = z.infer<typeof childrenQuestion>;

export const circle = z.object({
  personId: uuid,
  members: z.array(circleMember),
  /** The latest answer to the children-as-relatives question the caller may see, or null. */
  childrenQuestion: childrenQuestion.nullable(),
  /** Every answer the caller may see, newest first (a SIP page shows the one for that SIP). */
  answers: z.array(childrenQuestion),
});
export type Circle = z.infer<typeof circle>;
