import { z } from 'zod';
import {
  CHILDREN_ANSWERS,
  INTERVENTION_CATEGORIES,
  INTERVENTION_OUTCOMES,
  INTERVENTION_SETTINGS,
  LEGAL_FORMS,
  SUPPORT_METHODS,
  TREATMENT_METHODS,
  methodsOf,
} from '@vardflata/domain';
import { isoDate, uuid } from './common.ts';

/** Interventions (insatser, F5) as records of their own. */

export const interventionCategory = z.enum(INTERVENTION_CATEGORIES);
export const interventionMethod = z.enum([
  ...TREATMENT_METHODS,
  ...SUPPORT_METHODS.filter((m) => m !== 'other'),
]);
export const legalForm = z.enum(LEGAL_FORMS);
export const interventionOutcome = z.enum(INTERVENTION_OUTCOMES);

const responsible = z.object({
  staffId: uuid.nullish(),
  name: z.string().trim().min(1, 'required').max(200),
});
const decision = z.object({
  /** The decision the intervention rests on: its reference (diarienummer) and date. */
  reference: z.string().trim().min(1, 'required').max(200),
  decidedOn: isoDate,
});

export const createInterventionBody = z
  .object({
    category: interventionCategory,
    /** Required for psychosocial treatment and support, from that category's own list. */
    method: interventionMethod.nullish(),
    methodNote: z.string().trim().max(500).nullish(),
    setting: z.enum(INTERVENTION_SETTINGS),
    legalForm: legalForm,
    /** A unit of the caller's organisation; the caller's own unit when left out. */
    unitId: uuid.nullish(),
    responsible,
    decision: decision.nullish(),
    startOn: isoDate,
    plannedEndOn: isoDate.nullish(),
    /** The children-as-relatives question, asked as the intervention starts (F1). */
    childrenQuestion: z.enum(CHILDREN_ANSWERS).nullish(),
  })
  .superRefine((body, ctx) => {
    const allowed = methodsOf(body.category);
    if (allowed.length > 0 && !body.method) {
      ctx.addIssue({ code: 'custom', path: ['method'], message: 'required for this category' });
    } else if (body.method && !allowed.includes(body.method)) {
      ctx.addIssue({
        code: 'custom',
        path: ['method'],
        message:
          allowed.length === 0
            ? 'this category takes no method'
            : 'not a method of this category (treatment and support are kept apart)',
      });
    }
    if (body.plannedEndOn && body.plannedEndOn < body.startOn) {
      ctx.addIssue({ code: 'custom', path: ['plannedEndOn'], message: 'before the start' });
    }
  });
export type CreateInterventionBody = z.infer<typeof createInterventionBody>;

export const endInterventionBody = z.object({
  endOn: isoDate,
  outcome: interventionOutcome,
  outcomeNote: z.string().trim().max(2000).nullish(),
});
export type EndInterventionBody = z.infer<typeof endInterventionBody>;

export const interventionStatus = z.enum(['planned', 'ongoing', 'ended']);

export const interventionRecord = z.object({
  id: uuid,
  personId: uuid,
  /** The principal: the organisation that answers for it. */
  organisationId: uuid,
  organisationName: z.string(),
  organisationKind: z.enum(['region', 'municipality', 'private-provider']),
  unitId: uuid,
  unitName: z.string(),
  responsible: z.object({ staffId: uuid.nullable(), name: z.string() }),
  category: interventionCategory,
  method: interventionMethod.nullable(),
  methodNote: z.string().nullable(),
  setting: z.enum(INTERVENTION_SETTINGS),
  legalForm: legalForm,
  decision: z.object({ reference: z.string(), decidedOn: z.string() }).nullable(),
  startOn: z.string(),
  plannedEndOn: z.string().nullable(),
  endOn: z.string().nullable(),
  outcome: interventionOutcome.nullable(),
  outcomeNote: z.string().nullable(),
  status: interventionStatus,
  recordedAt: z.string(),
  recordedByName: z.string(),
  /** Whether the caller's organisation answers for it (and so may end it). */
  mayEdit: z.boolean(),
});
export type InterventionRecord = z.infer<typeof interventionRecord>;

export const interventionParams = z.object({ id: uuid });
