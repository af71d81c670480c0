import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type {
  AddActionBody,
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
