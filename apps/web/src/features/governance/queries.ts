import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type {
  AddActionBody,
  AddMemberBody,
  CollaborationBody,
  Coverage,
  MinutesBody,
  SessionRegistrations,
  Training,
  Agreement,
  AssessStatementBody,
  Deviation,
  Dispute,
  FollowUp,
  FollowUpActionBody,
  ReportDeviationBody,
} from '@vardflata/contracts';
import { api } from '../../api';
import type { Items } from '../../lib/types';

export function useDeviations() {
  return useQuery({
    queryKey: ['deviations'],
    queryFn: () => api.get<Items<Deviation>>('/api/deviations'),
  });
}

function useInvalidating<B, R>(key: string[], send: (body: B) => Promise<R>) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: send,
    onSuccess: () => client.invalidateQueries({ queryKey: key }),
  });
}

export const useReportDeviation = () =>
  useInvalidating(['deviations'], (body: ReportDeviationBody) =>
    api.post<Deviation>('/api/deviations', body),
  );
export const useHandleDeviation = (id: string, how: 'answer' | 'close') =>
  useInvalidating(['deviations'], (body: { answer: string } | { actionTaken: string }) =>
    api.post<Deviation>(`/api/deviations/${id}/${how}`, body),
  );

export function useDisputes() {
  return useQuery({
    queryKey: ['disputes'],
    queryFn: () => api.get<Items<Dispute>>('/api/disputes'),
  });
}
export const useRaiseDispute = () =>
  useInvalidating(
    ['disputes'],
    (body: { title: string; description: string; otherOrganisationId: string }) =>
      api.post<Dispute>('/api/disputes', body),
  );
export const useEscalateDispute = (id: string) =>
  useInvalidating(['disputes'], () => api.post<Dispute>(`/api/disputes/${id}/escalate`, {}));
export const useResolveDispute = (id: string) =>
  useInvalidating(['disputes'], (body: { decision: string }) =>
    api.post<Dispute>(`/api/disputes/${id}/resolve`, body),
  );

export function useAgreements() {
  return useQuery({
    queryKey: ['agreements'],
    queryFn: () => api.get<Items<Agreement>>('/api/agreements'),
  });
}
export const useStartFollowUp = (agreementId: string) =>
  useInvalidating(['agreements'], (body: { year: number }) =>
    api.post<FollowUp>(`/api/agreements/${agreementId}/follow-ups`, body),
  );

export function useFollowUp(id: string) {
  return useQuery({
    queryKey: ['follow-up', id],
    queryFn: () => api.get<FollowUp>(`/api/follow-ups/${id}`),
  });
}
function useFollowUpWrite<B>(id: string, send: (body: B) => Promise<FollowUp>) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: send,
    onSuccess: (data) => client.setQueryData(['follow-up', id], data),
  });
}
export const useAssess = (id: string, statementId: string) =>
  useFollowUpWrite(id, (body: AssessStatementBody) =>
    api.put<FollowUp>(`/api/follow-ups/${id}/statements/${statementId}`, body),
  );
export const useAddAction = (id: string) =>
  useFollowUpWrite(id, (body: AddActionBody) =>
    api.post<FollowUp>(`/api/follow-ups/${id}/actions`, body),
  );
export const useFollowUpAction = (id: string, actionId: string) =>
  useFollowUpWrite(id, (body: FollowUpActionBody) =>
    api.post<FollowUp>(`/api/follow-ups/${id}/actions/${actionId}/follow-up`, body),
  );

// bodiesweb: collaboration bodies (F15) and competence (F16)
export function useBodies() {
  return useQuery({
    queryKey: ['collaboration-bodies'],
    queryFn: () => api.get<Items<CollaborationBody>>('/api/collaboration-bodies'),
  });
}
const bodyPath = (id: string) => `/api/collaboration-bodies/${id}`;
export const useAddMember = (id: string) =>
  useInvalidating(['collaboration-bodies'], (body: AddMemberBody) =>
    api.post<CollaborationBody>(`${bodyPath(id)}/members`, body),
  );
export const usePlanMeeting = (id: string) =>
  useInvalidating(['collaboration-bodies'], (body: { heldOn: string; place: string }) =>
    api.post<CollaborationBody>(`${bodyPath(id)}/meetings`, body),
  );
export const useAddAgendaItem = (id: string, meetingId: string) =>
  useInvalidating(['collaboration-bodies'], (body: { title: string }) =>
    api.post<CollaborationBody>(`${bodyPath(id)}/meetings/${meetingId}/agenda`, body),
  );
export const useRecordMinutes = (id: string, meetingId: string) =>
  useInvalidating(['collaboration-bodies'], (body: MinutesBody) =>
    api.post<CollaborationBody>(`${bodyPath(id)}/meetings/${meetingId}/minutes`, body),
  );

export function useTrainings() {
  return useQuery({
    queryKey: ['trainings'],
    queryFn: () => api.get<Items<Training>>('/api/trainings'),
  });
}
export const usePlanSession = (trainingId: string) =>
  useInvalidating(['trainings'], (body: { heldOn: string; place: string }) =>
    api.post<Items<Training>>(`/api/trainings/${trainingId}/sessions`, body),
  );
export const useRegister = (sessionId: string) =>
  useInvalidating(['trainings'], () =>
    api.post<Items<Training>>(`/api/training-sessions/${sessionId}/registrations`, {}),
  );
export function useRegistrations(sessionId: string) {
  return useQuery({
    queryKey: ['trainings', 'registrations', sessionId],
    queryFn: () =>
      api.get<SessionRegistrations>(`/api/training-sessions/${sessionId}/registrations`),
  });
}
export const useRecordAttendance = (sessionId: string) =>
  useInvalidating(['trainings'], (body: { staffIds: string[] }) =>
    api.post<Items<Training>>(`/api/training-sessions/${sessionId}/attendance`, body),
  );
export function useCoverage() {
  return useQuery({
    queryKey: ['trainings', 'coverage'],
    queryFn: () => api.get<Coverage>('/api/trainings/coverage'),
  });
}
