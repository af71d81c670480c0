import type { z } from 'zod';
import type { asiComparison, Assessment, Screening, timelineEntry } from '@vardflata/contracts';
import type {
  AsiAreaId,
  AsiAreas,
  AsiForm,
  AsiRatingChange,
  AuditInterpretation,
  ChecklistId,
  DuditInterpretation,
  SubstanceClassId,
  UseDisorderSeverity,
} from '@vardflata/domain';

// Response shapes of the screening routes. The contracts keep `interpretation`, `data` and
// `result` open (records); these are what the server stores in them (screenings.service.ts,
// assessment-rules.ts). Type-only imports: nothing of zod reaches the browser bundle.

export type TimelineEntry = z.infer<typeof timelineEntry>;
export type TimelineKind = TimelineEntry['kind'];

export type AuditScreening = Screening & {
  instrument: 'AUDIT';
  interpretation: AuditInterpretation;
};
export type DuditScreening = Screening & {
  instrument: 'DUDIT';
  interpretation: DuditInterpretation;
};

export const isAudit = (s: Screening): s is AuditScreening => s.instrument === 'AUDIT';
export const isDudit = (s: Screening): s is DuditScreening => s.instrument === 'DUDIT';

export interface AsiData {
  form: AsiForm;
  interviewer?: string;
  areas: AsiAreas;
  notes: string | null;
}

export type AsiComparison = Omit<z.infer<typeof asiComparison>, 'areas'> & {
  areas: { area: AsiAreaId; interviewerRating: AsiRatingChange; clientRating: AsiRatingChange }[];
};

export interface CriteriaData {
  checklist: ChecklistId;
  substanceClass: SubstanceClassId;
  note: string | null;
  met?: string[];
  dependenceMet?: string[];
  abuseMet?: string[];
  dependenceEverMet?: boolean;
  solelyUnderMedicalSupervision?: boolean;
}

/** The union of the evaluate* results the server stores for a criteria checklist. */
export interface CriteriaResult {
  count?: number;
  threshold?: number;
  dependence?: boolean | { count: number; threshold: number; met: boolean };
  abuse?: { count: number; threshold: number; applicable: boolean; met: boolean };
  diagnosis?: 'dependence' | 'abuse' | 'none';
  severity?: UseDisorderSeverity;
  notCounted?: string[];
}

export type SampleType = 'urine' | 'blood' | 'saliva' | 'breath';
export type DrugTestOutcome = 'positive' | 'negative' | 'inconclusive';

export interface DrugTestData {
  sampleType: SampleType;
  sampledOn: string;
  laboratory?: string;
  results: {
    substance: string;
    result: DrugTestOutcome;
    value?: number;
    unit?: string;
    cutOff?: number;
  }[];
  note?: string;
  orderedBy?: string;
}

export interface DrugTestResult {
  positive: boolean;
  positiveSubstances: string[];
}

export type ViolenceAnswer = 'yes' | 'no' | 'declined';
export type ChildrenAnswer = 'none' | 'not-exposed' | 'exposed' | 'unknown';

export interface ViolenceData {
  askedOn: string;
  exposed: ViolenceAnswer;
  children: ChildrenAnswer;
  actionTaken?: string;
}

export interface ViolenceResult {
  concern: boolean;
  childConcern: boolean;
}

export const LIFESTYLE_AREAS = ['alcohol', 'drugs', 'tobacco', 'gambling'] as const;
export type LifestyleArea = (typeof LIFESTYLE_AREAS)[number];
export type LifestyleUse = 'no' | 'yes' | 'declined';

export interface LifestyleAreaAnswer {
  use: LifestyleUse;
  adviceGiven: boolean;
  note?: string;
}

export type LifestyleData = { askedOn: string } & Record<LifestyleArea, LifestyleAreaAnswer>;

export interface LifestyleResult {
  areasWithUse: LifestyleArea[];
  adviceGivenFor: LifestyleArea[];
  adviceMissing: LifestyleArea[];
}

export type { Assessment, Screening };
