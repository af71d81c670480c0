import { z } from 'zod';
import { COERCIVE_CARE_KINDS, COERCIVE_CARE_STEPS } from '@vardflata/domain';
import { int32, isoDate, uuid } from './common.ts';

/** The LVM/LVU process checklist per person (decision 0019-a). */

export const coerciveCareKind = z.enum(COERCIVE_CARE_KINDS);
export const coerciveCareStep = z.enum(COERCIVE_CARE_STEPS);

export const startCoerciveCareBody = z.object({
  kind: coerciveCareKind,
  /** The day the report (anmälan) came in; the process's first step. */
  reportedOn: isoDate,
  note: z.string().trim().max(2000).nullish(),
});
export type StartCoerciveCareBody = z.infer<typeof startCoerciveCareBody>;

export const recordCoerciveCareStepBody = z.object({
  doneOn: isoDate,
  note: z.string().trim().max(2000).nullish(),
});
export type RecordCoerciveCareStepBody = z.infer<typeof recordCoerciveCareStepBody>;

export const coerciveCareStepParams = z.object({ id: uuid, step: coerciveCareStep });

export const coerciveCareStepState = z.object({
  step: coerciveCareStep,
  status: z.enum(['done', 'overdue', 'due', 'open', 'not-applicable']),
  doneOn: isoDate.nullable(),
  doneByName: z.string().nullable(),
  note: z.string().nullable(),
  /** The last day from the statute, when a limit runs; never a guess. */
  dueOn: isoDate.nullable(),
  days: int32.nullable(),
  /** The section the step is done under, where a retrieved text names it. */
  section: z.string().nullable(),
  /** The section the limit rests on and how far it was confirmed. */
  limit: z
    .object({
      section: z.string(),
      confirmation: z.enum(['act-text', 'restated']),
      source: z.string(),
      wording: z.string(),
    })
    .nullable(),
  mayRecord: z.boolean(),
});
export type CoerciveCareStepState = z.infer<typeof coerciveCareStepState>;

export const coerciveCareProcess = z.object({
  id: uuid,
  personId: uuid,
  kind: coerciveCareKind,
  organisationId: uuid,
  organisationName: z.string(),
  unitId: uuid,
  unitName: z.string(),
  startedOn: isoDate,
  startedByName: z.string(),
  endedOn: isoDate.nullable(),
  status: z.enum(['open', 'ended']),
  steps: z.array(coerciveCareStepState),
  mayEdit: z.boolean(),
});
export type CoerciveCareProcess = z.infer<typeof coerciveCareProcess>;

/** The caller's open processes, with the person named (for a worklist of one's own). */
export const openCoerciveCareProcess = coerciveCareProcess.extend({
  person: z.object({
    id: uuid,
    personalIdentityNumber: z.string(),
    givenName: z.string().nullable(),
    familyName: z.string().nullable(),
    protectedIdentity: z.boolean(),
  }),
});
export type OpenCoerciveCareProcess = z.infer<typeof openCoerciveCareProcess>;
