import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type {
  AnswerReferralBody,
  AssignCaseManagerBody,
  CloseCaseBody,
  MyPersons,
  OpenCaseBody,
  PersonCases,
  CareWorklist,
  ChildrenQuestion,
  ChildrenQuestionBody,
  Circle,
  CircleMember,
  CreateCircleMemberBody,
  CreateSupportBody,
  CreateReferralBody,
  Referral,
  CreateInterventionBody,
  EndInterventionBody,
  InterventionRecord,
  CoerciveCareProcess,
  ContactRecord,
  CreateContactBody,
  UpdateContactBody,
  RecordCoerciveCareStepBody,
  StartCoerciveCareBody,
} from '@vardflata/contracts';
import { api } from '../../api';
import type { Items } from '../../lib/types';

export const careKeys = {
  interventions: (personId: string) => ['persons', personId, 'interventions'] as const,
  worklist: ['care-chain', 'worklist'] as const,
};

const personPath = (personId: string, rest: string) =>
  `/api/persons/${encodeURIComponent(personId)}/${rest}`;

export function useInterventions(personId: string) {
  return useQuery({
    queryKey: careKeys.interventions(personId),
    queryFn: () => api.get<Items<InterventionRecord>>(personPath(personId, 'interventions')),
    select: (data) => data.items,
    staleTime: 0,
  });
}

export function useRecordIntervention(personId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: CreateInterventionBody) =>
      api.post<InterventionRecord>(personPath(personId, 'interventions'), body),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: careKeys.interventions(personId) }),
  });
}

export function useEndIntervention(personId: string, id: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: EndInterventionBody) =>
      api.post<InterventionRecord>(`/api/interventions/${encodeURIComponent(id)}/end`, body),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: careKeys.interventions(personId) }),
  });
}

export function useCareWorklist() {
  return useQuery({
    queryKey: careKeys.worklist,
    queryFn: () => api.get<CareWorklist>('/api/care-chain/worklist'),
    staleTime: 0,
  });
}

export function usePersonReferrals(personId: string) {
  return useQuery({
    queryKey: ['persons', personId, 'referrals'],
    queryFn: () => api.get<Items<Referral>>(personPath(personId, 'referrals')),
    select: (data) => data.items,
    staleTime: 0,
  });
}

export function useUnitReferrals(box: 'incoming' | 'outgoing') {
  return useQuery({
    queryKey: ['referrals', box],
    queryFn: () => api.get<Items<Referral>>('/api/referrals', { box }),
    select: (data) => data.items,
    staleTime: 0,
  });
}

export function useSendReferral(personId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: CreateReferralBody) =>
      api.post<Referral>(personPath(personId, 'referrals'), body),
    onSuccess: () =>
      queryClient.invalidateQueries({ queryKey: ['persons', personId, 'referrals'] }),
  });
}

export function useAnswerReferral(id: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: AnswerReferralBody) =>
      api.post<Referral>(`/api/referrals/${encodeURIComponent(id)}/answer`, body),
    onSuccess: () => {
      void queryClient.invalidateQueries({ queryKey: ['referrals'] });
      void queryClient.invalidateQueries({ queryKey: careKeys.worklist });
    },
  });
}

export function useCircle(personId: string) {
  return useQuery({
    queryKey: ['persons', personId, 'circle'],
    queryFn: () => api.get<Circle>(personPath(personId, 'circle')),
    staleTime: 0,
  });
}

export function useAddCircleMember(personId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: CreateCircleMemberBody) =>
      api.post<CircleMember>(personPath(personId, 'circle/members'), body),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ['persons', personId, 'circle'] }),
  });
}

// identity: the children question answered where a SIP starts (issue 9.7)
export function useAnswerChildrenQuestion(personId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: ChildrenQuestionBody) =>
      api.post<ChildrenQuestion>(personPath(personId, 'children-question'), body),
    onSuccess: () => {
      void queryClient.invalidateQueries({ queryKey: ['persons', personId, 'circle'] });
      void queryClient.invalidateQueries({ queryKey: careKeys.worklist });
    },
  });
}

export function useAddSupport(personId: string, memberId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: CreateSupportBody) =>
      api.post<CircleMember>(`/api/circle-members/${encodeURIComponent(memberId)}/supports`, body),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ['persons', personId, 'circle'] }),
  });
}

const casesKey = (personId: string) => ['persons', personId, 'cases'] as const;

export function usePersonCases(personId: string) {
  return useQuery({
    queryKey: casesKey(personId),
    queryFn: () => api.get<PersonCases>(personPath(personId, 'cases')),
    staleTime: 0,
  });
}

export function useMyPersons() {
  return useQuery({
    queryKey: ['case-management', 'my-persons'],
    queryFn: () => api.get<MyPersons>('/api/case-management/my-persons'),
    staleTime: 0,
  });
}

function useCaseMutation<B>(personId: string, send: (body: B) => Promise<unknown>) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: send,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: casesKey(personId) }),
  });
}

export const useAssignCaseManager = (personId: string) =>
  useCaseMutation(personId, (body: AssignCaseManagerBody) =>
    api.post(personPath(personId, 'case-manager'), body),
  );
export const useOpenCase = (personId: string) =>
  useCaseMutation(personId, (body: OpenCaseBody) => api.post(personPath(personId, 'cases'), body));
export const useCloseCase = (personId: string, caseId: string) =>
  useCaseMutation(personId, (body: CloseCaseBody) =>
    api.post(`/api/cases/${encodeURIComponent(caseId)}/close`, body),
  );

// LVM/LVU checklist (decision 0019-a)
export const coerciveCareKey = (personId: string) =>
  ['persons', personId, 'coercive-care'] as const;

export function useCoerciveCare(personId: string) {
  return useQuery({
    queryKey: coerciveCareKey(personId),
    queryFn: () => api.get<Items<CoerciveCareProcess>>(personPath(personId, 'coercive-care')),
    select: (data) => data.items,
    staleTime: 0,
  });
}

export function useStartCoerciveCare(personId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: StartCoerciveCareBody) =>
      api.post<CoerciveCareProcess>(personPath(personId, 'coercive-care'), body),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: coerciveCareKey(personId) }),
  });
}

export function useRecordCoerciveCareStep(personId: string, processId: string, step: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: RecordCoerciveCareStepBody) =>
      api.post<CoerciveCareProcess>(
        `/api/coercive-care/${encodeURIComponent(processId)}/steps/${encodeURIComponent(step)}`,
        body,
      ),
    onSuccess: () => {
      void queryClient.invalidateQueries({ queryKey: coerciveCareKey(personId) });
      void queryClient.invalidateQueries({ queryKey: careKeys.worklist });
    },
  });
}

// Visits and contacts (decision 0020-c)
const contactsKey = (personId: string) => ['persons', personId, 'contacts'] as const;

export function useContacts(personId: string) {
  return useQuery({
    queryKey: contactsKey(personId),
    queryFn: () => api.get<Items<ContactRecord>>(personPath(personId, 'contacts')),
    select: (data) => data.items,
    staleTime: 0,
  });
}

export function useRecordContact(personId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: CreateContactBody) =>
      api.post<ContactRecord>(personPath(personId, 'contacts'), body),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: contactsKey(personId) }),
  });
}

export function useChangeContact(personId: string, id: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: UpdateContactBody) =>
      api.patch<ContactRecord>(`/api/contacts/${encodeURIComponent(id)}`, body),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: contactsKey(personId) }),
  });
}
