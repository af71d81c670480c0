import { z } from 'zod';
import { ASSESSMENTS, FOLLOW_UP_AREAS } from '@vardflata/domain';
import { int32, isoDate, isoDateTime, uuid } from './common.ts';
import { deviationStatistics, personFreeText } from './deviations.ts';

/**
 * Agreements (överenskommelser, F12) and the annual follow-up (F14, seed 001).
 */
export const agreementKind = z.enum(['county', 'local']);
export const followUpAssessment = z.enum(ASSESSMENTS);
export const followUpArea = z.enum(FOLLOW_UP_AREAS);

export const agreementRoutine = z.object({
  id: uuid,
  title: z.string(),
  version: int32,
  body: z.string(),
  changedAt: isoDateTime,
  changedBy: z.string().nullable(),
  versions: z.array(
    z.object({
      version: int32,
      note: z.string(),
      changedAt: isoDateTime,
      changedBy: z.string().nullable(),
    }),
  ),
});

export const agreement = z.object({
  id: uuid,
  title: z.string(),
  kind: agreementKind,
  summary: z.string(),
  parties: z.array(z.object({ id: uuid, name: z.string() })),
  validFrom: z.string(),
  validUntil: z.string().nullable(),
  reviewOn: z.string().nullable(),
  /** The review date has come (or is within 30 days). */
  reviewDue: z.boolean(),
  routines: z.array(agreementRoutine),
  revisions: z.array(
    z.object({ id: uuid, revisedOn: z.string(), note: z.string(), by: z.string().nullable() }),
  ),
  followUps: z.array(z.object({ id: uuid, year: int32 })),
  /** The caller may start a follow-up, write routines and revise (a party's unit manager or a
   * steering-group member). */
  mayManage: z.boolean(),
});
export type Agreement = z.infer<typeof agreement>;

export const addRoutineBody = z.object({
  title: personFreeText(200),
  body: personFreeText(20000),
});
export type AddRoutineBody = z.infer<typeof addRoutineBody>;

export const routineVersionBody = z.object({
  body: personFreeText(20000),
  note: personFreeText(500),
});
export type RoutineVersionBody = z.infer<typeof routineVersionBody>;
export const routineParams = z.object({ id: uuid, routineId: uuid });

export const reviseAgreementBody = z.object({
  note: personFreeText(2000),
  validUntil: isoDate.nullable().optional(),
  reviewOn: isoDate.nullable().optional(),
});
export type ReviseAgreementBody = z.infer<typeof reviseAgreementBody>;

export const startFollowUpBody = z.object({ year: int32.min(2000).max(2100) });
export type StartFollowUpBody = z.infer<typeof startFollowUpBody>;

export const followUpStatement = z.object({
  id: uuid,
  code: z.string(),
  text: z.string(),
  assessment: followUpAssessment.nullable(),
  comment: z.string(),
  assessedBy: z.string().nullable(),
});

export const followUpActionLevel = z.enum(['local', 'county']);
export const followUpActionStatus = z.enum(['open', 'done', 'not-done']);
export const followUpAction = z.object({
  id: uuid,
  level: followUpActionLevel,
  text: z.string(),
  owner: z.string(),
  deadline: z.string(),
  status: followUpActionStatus,
  followUpNote: z.string(),
  followedUpAt: isoDateTime.nullable(),
  overdue: z.boolean(),
});

export const competenceCoverage = z.object({
  unitId: uuid,
  unitName: z.string(),
  training: z.string(),
  staff: int32,
  trained: int32,
});

export const followUp = z.object({
  id: uuid,
  agreementId: uuid,
  agreementTitle: z.string(),
  year: int32,
  areas: z.array(
    z.object({
      code: followUpArea,
      title: z.string(),
      statements: z.array(followUpStatement),
    }),
  ),
  /** The year's deviations between the parties, beside the checklist. */
  deviations: deviationStatistics,
  actions: z.array(followUpAction),
  /** Staff trained per unit of the parties (F16), shown under Kvalitet. */
  competence: z.array(competenceCoverage),
  mayEdit: z.boolean(),
});
export type FollowUp = z.infer<typeof followUp>;

export const assessStatementBody = z.object({
  assessment: followUpAssessment,
  comment: personFreeText(2000).optional(),
});
export type AssessStatementBody = z.infer<typeof assessStatementBody>;
export const statementParams = z.object({ id: uuid, statementId: uuid });

export const addActionBody = z.object({
  level: followUpActionLevel,
  text: personFreeText(2000),
  owner: personFreeText(200),
  deadline: isoDate,
});
export type AddActionBody = z.infer<typeof addActionBody>;

export const followUpActionBody = z.object({
  status: followUpActionStatus,
  note: personFreeText(2000),
});
export type FollowUpActionBody = z.infer<typeof followUpActionBody>;
export const actionParams = z.object({ id: uuid, actionId: uuid });
