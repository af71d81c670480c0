import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type {
  AuditAnswerLinks,
  AuditAnswersBody,
  AuditorInvitation,
  AuditQuestionsBody,
  AuditReportBody,
  AuditTeamView,
  CommissionAuditBody,
  PublicAudit,
  UserLedAudit,
} from '@vardflata/contracts';
import { api } from '../../api';
import type { Items } from '../../lib/types';

const LIST = ['user-led-audits'];

export const useAudits = () =>
  useQuery({
    queryKey: LIST,
    queryFn: () => api.get<Items<UserLedAudit>>('/api/user-led-audits'),
  });

export const useAudit = (id: string) =>
  useQuery({
    queryKey: [...LIST, id],
    queryFn: () => api.get<UserLedAudit>(`/api/user-led-audits/${encodeURIComponent(id)}`),
  });

function useStaffMutation<B, R>(send: (body: B) => Promise<R>) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: send,
    onSuccess: () => client.invalidateQueries({ queryKey: LIST }),
  });
}

export const useCommission = () =>
  useStaffMutation((body: CommissionAuditBody) =>
    api.post<UserLedAudit>('/api/user-led-audits', body),
  );
export const useInvite = (id: string) =>
  useStaffMutation((body: { name: string }) =>
    api.post<AuditorInvitation>(`/api/user-led-audits/${id}/auditors`, body),
  );
export const useRespond = (id: string) =>
  useStaffMutation((body: { plannedActions: string }) =>
    api.post<UserLedAudit>(`/api/user-led-audits/${id}/response`, body),
  );

// The team's pages: the team link is the key.
const teamUrl = (token: string) => `/api/user-led-audits/team/${encodeURIComponent(token)}`;

export const useTeamView = (token: string) =>
  useQuery({
    queryKey: ['audit-team', token],
    queryFn: () => api.get<AuditTeamView>(teamUrl(token)),
    retry: false,
  });

/** A team step; its answer is the audit as the team now sees it. */
export function useTeamStep<B>(
  token: string,
  send: (url: string, body: B) => Promise<AuditTeamView>,
) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (body: B) => send(teamUrl(token), body),
    onSuccess: (view) => client.setQueryData(['audit-team', token], view),
  });
}

export const useSaveQuestions = (token: string) =>
  useTeamStep(token, (url, body: AuditQuestionsBody) =>
    api.put<AuditTeamView>(`${url}/questions`, body),
  );
export const useSaveReport = (token: string) =>
  useTeamStep(token, (url, body: AuditReportBody) => api.put<AuditTeamView>(`${url}/report`, body));
export const usePaperAnswer = (token: string) =>
  useTeamStep(token, (url, body: AuditAnswersBody) =>
    api.post<AuditTeamView>(`${url}/paper-answers`, body),
  );
export const useMove = (token: string, step: 'open' | 'close' | 'publish') =>
  useTeamStep(token, (url, _body: object) => api.post<AuditTeamView>(`${url}/${step}`, {}));

export const useMakeLinks = (token: string) =>
  useMutation({
    mutationFn: (body: { count: number }) =>
      api.post<AuditAnswerLinks>(`${teamUrl(token)}/links`, body),
  });

// The answer page: a one-time link.
const answerUrl = (token: string) => `/api/user-led-audits/answer/${encodeURIComponent(token)}`;
export const usePublicAudit = (token: string) =>
  useQuery({
    queryKey: ['audit-answer', token],
    queryFn: () => api.get<PublicAudit>(answerUrl(token)),
    retry: false,
  });
export const useSendAnswer = (token: string) =>
  useMutation({ mutationFn: (body: AuditAnswersBody) => api.post(answerUrl(token), body) });
