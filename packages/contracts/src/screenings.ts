import { z } from 'zod';
import { uuid, isoDate, int32 } from './common.ts';

/** Who recorded a result, shown with every record (the reader may be of another principal). */
const recorded = {
  recordedAt: z.string(),
  recordedBy: uuid,
  recordedByName: z.string(),
  unitName: z.string().nullable(),
  organisationId: uuid,
  organisationName: z.string(),
};

export const instrumentId = z.enum(['AUDIT', 'DUDIT']);

export const createScreeningBody = z.object({
  instrument: instrumentId,
  /** 0-based option index per item; the count and ranges are checked per instrument. */
  answers: z.array(int32),
  performedAt: isoDate.optional(),
  /** 'person': the person filled it in on the staff member's screen. */
  filledInBy: z.enum(['staff', 'person']).optional(),
});
export type CreateScreeningBody = z.infer<typeof createScreeningBody>;

export const screening = z.object({
  id: uuid,
  personId: uuid,
  instrument: instrumentId,
  definitionVersion: z.string(),
  answers: z.array(int32),
  points: z.array(int32),
  total: int32,
  interpretation: z.record(z.string(), z.unknown()),
  performedAt: z.string(),
  filledInBy: z.enum(['staff', 'person']),
  ...recorded,
});
export type Screening = z.infer<typeof screening>;

const asiRating = z.union([int32, z.enum(['X', 'N'])]);
const asiArea = z.object({ interviewerRating: asiRating, clientRating: asiRating });

export const createAsiBody = z.object({
  form: z.enum(['grund', 'uppfoljning']),
  interviewedOn: isoDate,
  /** The interviewer's name; defaults to the signed-in staff member. */
  interviewer: z.string().trim().min(1).max(200).optional(),
  /** ASI Uppföljning names the ASI Grund it follows up. */
  grundId: uuid.optional(),
  areas: z.record(z.string(), asiArea),
  notes: z.string().trim().max(8000).optional(),
});
export type CreateAsiBody = z.infer<typeof createAsiBody>;

export const checklistId = z.enum([
  'icd10-dependence',
  'dsm4',
  'dsm5-substance-use-disorder',
  'dsm5-gambling-disorder',
]);

export const createCriteriaBody = z.object({
  checklist: checklistId,
  substanceClass: z.string().min(1).max(50),
  assessedOn: isoDate,
  /** Criteria met within the same 12 months (ICD-10, DSM-5, gambling). */
  met: z.array(z.string()).optional(),
  /** DSM-IV: the two lists. */
  dependenceMet: z.array(z.string()).optional(),
  abuseMet: z.array(z.string()).optional(),
  /** DSM-IV: dependence met earlier for this class, known from outside the system. Earlier
   * DSM-IV results the caller can see are taken into account anyway. */
  dependenceEverMet: z.boolean().optional(),
  /** DSM-5: taken solely under appropriate medical supervision. */
  solelyUnderMedicalSupervision: z.boolean().optional(),
  note: z.string().trim().max(4000).optional(),
});
export type CreateCriteriaBody = z.infer<typeof createCriteriaBody>;

export const drugTestResult = z.object({
  substance: z.string().trim().min(1).max(100),
  result: z.enum(['positive', 'negative', 'inconclusive']),
  value: z.number().optional(),
  unit: z.string().trim().max(20).optional(),
  cutOff: z.number().optional(),
});

export const createDrugTestBody = z.object({
  sampleType: z.enum(['urine', 'blood', 'saliva', 'breath']),
  sampledOn: isoDate,
  laboratory: z.string().trim().max(200).optional(),
  results: z.array(drugTestResult).min(1, 'at least one substance tested'),
  note: z.string().trim().max(4000).optional(),
});
export type CreateDrugTestBody = z.infer<typeof createDrugTestBody>;

export const createViolenceQuestionBody = z.object({
  askedOn: isoDate,
  /** The routine question on exposure to violence (adult). */
  exposed: z.enum(['yes', 'no', 'declined']),
  /** Children in the household and whether they are exposed or witness violence. */
  children: z.enum(['none', 'not-exposed', 'exposed', 'unknown']),
  /** Required when the answer is yes for the adult or the children. */
  actionTaken: z.string().trim().max(4000).optional(),
});
export type CreateViolenceQuestionBody = z.infer<typeof createViolenceQuestionBody>;

const lifestyleArea = z.object({
  use: z.enum(['no', 'yes', 'declined']),
  adviceGiven: z.boolean(),
  note: z.string().trim().max(1000).optional(),
});

export const createLifestyleBody = z.object({
  askedOn: isoDate,
  alcohol: lifestyleArea,
  drugs: lifestyleArea,
  tobacco: lifestyleArea,
  gambling: lifestyleArea,
});
export type CreateLifestyleBody = z.infer<typeof createLifestyleBody>;

export const assessmentKind = z.enum(['asi', 'criteria', 'drug-test', 'violence', 'lifestyle']);
export type AssessmentKind = z.infer<typeof assessmentKind>;

export const assessment = z.object({
  id: uuid,
  personId: uuid,
  kind: assessmentKind,
  performedOn: z.string(),
  /** What was recorded, as sent (normalised). */
  data: z.record(z.string(), z.unknown()),
  /** What the platform computed: scores, results, flags. */
  result: z.record(z.string(), z.unknown()),
  ...recorded,
});
export type Assessment = z.infer<typeof assessment>;

export const assessmentsQuery = z.object({ kind: assessmentKind.optional() });
export type AssessmentsQuery = z.infer<typeof assessmentsQuery>;

export const timelineEntry = z.object({
  id: uuid,
  kind: z.enum(['AUDIT', 'DUDIT', 'asi', 'criteria', 'drug-test', 'violence', 'lifestyle']),
  on: z.string(),
  /** A short, language-neutral summary the UI renders, e.g. { total: 12, zone: 'II' }. */
  summary: z.record(z.string(), z.unknown()),
  flagged: z.boolean(),
  organisationName: z.string(),
});

export const asiComparison = z.object({
  grundId: uuid,
  uppfoljningId: uuid,
  grundOn: z.string(),
  uppfoljningOn: z.string(),
  areas: z.array(z.record(z.string(), z.unknown())),
});
