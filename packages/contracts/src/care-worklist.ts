import { z } from 'zod';
import { int32, uuid } from './common.ts';

/**
 * The care-chain worklist (F6, F7): what waits on the caller's unit in the care chain —
 * interventions past their planned end without an outcome, referrals without an answer
 * ("svar ej mottaget") and incoming ones to answer, children-as-relatives questions not asked,
 * LVM/LVU steps whose time limit is near.
 */
export const careWorklistKinds = [
  'intervention-outcome-missing',
  'referral-incoming',
  'referral-answer-overdue',
  'referral-awaiting-answer',
  'children-question-open',
  'coercive-care-deadline',
  // identity: the children question not answered for an active SIP (issue 9.7)
  'sip-children-question-open',
] as const;
export const careWorklistKind = z.enum(careWorklistKinds);
export type CareWorklistKind = z.infer<typeof careWorklistKind>;

export const careWorklistItem = z.object({
  kind: careWorklistKind,
  personId: uuid,
  person: z.object({
    id: uuid,
    personalIdentityNumber: z.string(),
    givenName: z.string().nullable(),
    familyName: z.string().nullable(),
    protectedIdentity: z.boolean(),
  }),
  /** The record the item is about (intervention, referral, process step). */
  recordId: uuid,
  dueOn: z.string().nullable(),
  /** Positive: days left; negative: days overdue. */
  days: int32.nullable(),
  /** The item in one Swedish sentence. */
  text: z.string(),
});
export type CareWorklistItem = z.infer<typeof careWorklistItem>;

export const careWorklist = z.object({
  today: z.string(),
  items: z.array(careWorklistItem),
});
export type CareWorklist = z.infer<typeof careWorklist>;
