import { z } from 'zod';
import { uuid, int32 } from './common.ts';

/**
 * Self-fill (självskattning): the person fills in AUDIT or DUDIT on the staff member's device.
 * The session is locked meanwhile; only the staff member's password unlocks it (decision 0010-a).
 */

export const selfFillInstrument = z.enum(['AUDIT', 'DUDIT']);

export const startSelfFillBody = z.object({ instrument: selfFillInstrument });
export type StartSelfFillBody = z.infer<typeof startSelfFillBody>;

/** What the locked screen may know: the questionnaire, never who the person is. */
export const selfFillState = z.object({
  active: z.boolean(),
  instrument: selfFillInstrument.nullable(),
  /** The person has pressed "done": the answers wait for the staff member. */
  answered: z.boolean(),
  startedAt: z.string().nullable(),
});
export type SelfFillState = z.infer<typeof selfFillState>;

/** One 0-based option index per item, null for an item the person left unanswered. */
export const selfFillAnswersBody = z.object({
  answers: z.array(int32.nullable()).max(50),
});
export type SelfFillAnswersBody = z.infer<typeof selfFillAnswersBody>;

export const endSelfFillBody = z.object({ password: z.string().min(1, 'required').max(1000) });
export type EndSelfFillBody = z.infer<typeof endSelfFillBody>;

/** Handed back to the staff member after she has signed back in. */
export const selfFillHandback = z.object({
  personId: uuid,
  instrument: selfFillInstrument,
  answers: z.array(int32.nullable()).nullable(),
});
export type SelfFillHandback = z.infer<typeof selfFillHandback>;
