import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { AssessmentKind } from '@vardflata/contracts';
import type {
  AsiAreas,
  AsiForm,
  ChecklistId,
  InstrumentId,
  SubstanceClassId,
} from '@vardflata/domain';
import { api } from '../../api';
import type { Items } from '../../lib/types';
import type {
  AsiComparison,
  Assessment,
  ChildrenAnswer,
  DrugTestOutcome,
  LifestyleAreaAnswer,
  SampleType,
  Screening,
  TimelineEntry,
  ViolenceAnswer,
} from './types';

const base = (personId: string) => `/api/persons/${encodeURIComponent(personId)}`;

/** Everything under one prefix, so a new result refreshes every list, chart and timeline. */
export const screeningKeys = {
  all: (personId: string) => ['persons', personId, 'screening'] as const,
  screenings: (personId: string) => ['persons', personId, 'screening', 'screenings'] as const,
  timeline: (personId: string) => ['persons', personId, 'screening', 'timeline'] as const,
  assessments: (personId: string, kind: AssessmentKind) =>
    ['persons', personId, 'screening', 'assessments', kind] as const,
  asiComparisons: (personId: string) =>
    ['persons', personId, 'screening', 'asi-comparisons'] as const,
};

/** AUDIT and DUDIT results, newest first. */
export function useScreenings(personId: string) {
  return useQuery({
    queryKey: screeningKeys.screenings(personId),
    queryFn: () => api.get<Items<Screening>>(`${base(personId)}/screenings`),
    select: (data) => data.items,
    staleTime: 0,
  });
}

/** Every result of every kind, newest first. */
export function useTimeline(personId: string) {
  return useQuery({
    queryKey: screeningKeys.timeline(personId),
    queryFn: () => api.get<Items<TimelineEntry>>(`${base(personId)}/timeline`),
    select: (data) => data.items,
    staleTime: 0,
  });
}

export function useAssessments(personId: string, kind: AssessmentKind, enabled = true) {
  return useQuery({
    queryKey: screeningKeys.assessments(personId, kind),
    queryFn: () => api.get<Items<Assessment>>(`${base(personId)}/assessments`, { kind }),
    select: (data) => data.items,
    enabled,
    staleTime: 0,
  });
}

/** Each ASI Uppföljning against the Grund it follows, newest first. */
export function useAsiComparisons(personId: string) {
  return useQuery({
    queryKey: screeningKeys.asiComparisons(personId),
    queryFn: () => api.get<Items<AsiComparison>>(`${base(personId)}/asi-comparisons`),
    select: (data) => data.items,
    staleTime: 0,
  });
}

function useRecord<Input, Output>(personId: string, path: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: Input) => api.post<Output>(`${base(personId)}/${path}`, input),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: screeningKeys.all(personId) }),
  });
}

export interface RecordScreeningInput {
  instrument: InstrumentId;
  answers: number[];
  performedAt?: string;
  filledInBy?: 'staff' | 'person';
}

export const useRecordScreening = (personId: string) =>
  useRecord<RecordScreeningInput, Screening>(personId, 'screenings');

export interface RecordAsiInput {
  form: AsiForm;
  interviewedOn: string;
  interviewer?: string;
  grundId?: string;
  areas: AsiAreas;
  notes?: string;
}

export const useRecordAsi = (personId: string) =>
  useRecord<RecordAsiInput, Assessment>(personId, 'asi');

export interface RecordCriteriaInput {
  checklist: ChecklistId;
  substanceClass: SubstanceClassId;
  assessedOn: string;
  met?: string[];
  dependenceMet?: string[];
  abuseMet?: string[];
  solelyUnderMedicalSupervision?: boolean;
  note?: string;
}

export const useRecordCriteria = (personId: string) =>
  useRecord<RecordCriteriaInput, Assessment>(personId, 'criteria');

export interface RecordDrugTestInput {
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
}

export const useRecordDrugTest = (personId: string) =>
  useRecord<RecordDrugTestInput, Assessment>(personId, 'drug-tests');

export interface RecordViolenceInput {
  askedOn: string;
  exposed: ViolenceAnswer;
  children: ChildrenAnswer;
  actionTaken?: string;
}

export const useRecordViolence = (personId: string) =>
  useRecord<RecordViolenceInput, Assessment>(personId, 'violence-questions');

export interface RecordLifestyleInput {
  askedOn: string;
  alcohol: LifestyleAreaAnswer;
  drugs: LifestyleAreaAnswer;
  tobacco: LifestyleAreaAnswer;
  gambling: LifestyleAreaAnswer;
}

export const useRecordLifestyle = (personId: string) =>
  useRecord<RecordLifestyleInput, Assessment>(personId, 'lifestyle-questions');
