import { useMutation, useQuery, useQueryClient, type QueryClient } from '@tanstack/react-query';
import type { StaffDirectoryEntry } from '@vardflata/contracts';
import type { CloseOutcome, SipPlan } from '@vardflata/domain';
import { api } from '../../api';
import type { Items } from '../../lib/types';
import type {
  ProposalSourceKind,
  SipDetail,
  SipDiff,
  SipHistoryItem,
  SipOwnView,
  SipParticipantInput,
  SipSummary,
  SipVersionSummary,
} from './types';

const sipPath = (id: string) => `/api/sips/${encodeURIComponent(id)}`;

/** Everything under 'sips', so a change to one SIP refreshes its lists, versions and history. */
export const sipKeys = {
  all: ['sips'] as const,
  forPerson: (personId: string) => ['sips', 'person', personId] as const,
  list: (scope: 'mine' | 'unit') => ['sips', 'list', scope] as const,
  one: (id: string) => ['sips', 'one', id] as const,
  versions: (id: string) => ['sips', 'one', id, 'versions'] as const,
  diff: (id: string, version: number, against: number) =>
    ['sips', 'one', id, 'diff', version, against] as const,
  history: (id: string) => ['sips', 'one', id, 'history'] as const,
  ownView: (id: string) => ['sips', 'one', id, 'own-view'] as const,
};

/** The person's SIPs the caller may see, newest activity first. */
export function usePersonSips(personId: string) {
  return useQuery({
    queryKey: sipKeys.forPerson(personId),
    queryFn: () => api.get<Items<SipSummary>>(`/api/persons/${encodeURIComponent(personId)}/sips`),
    select: (data) => data.items,
    staleTime: 0,
  });
}

/** SIPs the caller takes part in or coordinates (mine), or also their unit's (unit). */
export function useSipList(scope: 'mine' | 'unit') {
  return useQuery({
    queryKey: sipKeys.list(scope),
    queryFn: () => api.get<Items<SipSummary>>('/api/sips', { scope }),
    select: (data) => data.items,
    staleTime: 0,
  });
}

/** Active staff of both principals whose name or unit matches q (at most 50). */
export function useStaffDirectory(q: string) {
  return useQuery({
    queryKey: ['staff-directory', q] as const,
    queryFn: () => api.get<Items<StaffDirectoryEntry>>('/api/staff/directory', { q }),
    select: (data) => data.items,
    enabled: q.length >= 2,
    staleTime: 60_000,
  });
}

export function useSip(id: string) {
  return useQuery({
    queryKey: sipKeys.one(id),
    queryFn: () => api.get<SipDetail>(sipPath(id)),
    staleTime: 0,
  });
}

export function useVersions(id: string, enabled: boolean) {
  return useQuery({
    queryKey: sipKeys.versions(id),
    queryFn: () => api.get<Items<SipVersionSummary>>(`${sipPath(id)}/versions`),
    select: (data) => data.items,
    enabled,
    staleTime: 0,
  });
}

export function useVersionDiff(id: string, version: number, against: number, enabled: boolean) {
  return useQuery({
    queryKey: sipKeys.diff(id, version, against),
    queryFn: () =>
      api.get<SipDiff>(`${sipPath(id)}/versions/${version}/diff`, { against: String(against) }),
    enabled,
    staleTime: 5 * 60_000,
  });
}

export function useHistory(id: string) {
  return useQuery({
    queryKey: sipKeys.history(id),
    queryFn: () => api.get<Items<SipHistoryItem>>(`${sipPath(id)}/history`),
    select: (data) => data.items,
    staleTime: 0,
  });
}

export function useOwnView(id: string) {
  return useQuery({
    queryKey: sipKeys.ownView(id),
    queryFn: () => api.get<SipOwnView>(`${sipPath(id)}/own-view`),
    staleTime: 0,
  });
}

/** After a write: the answer is the SIP as it is now; lists, history and the worklist follow. */
function refreshAfterWrite(queryClient: QueryClient, sip: SipDetail) {
  queryClient.setQueryData(sipKeys.one(sip.id), sip);
  void queryClient.invalidateQueries({
    predicate: (query) => {
      const key = query.queryKey;
      if (key[0] === 'worklist' || key[0] === 'notifications') return true;
      if (key[0] !== 'sips') return false;
      // The SIP itself was just set from the answer; everything else about it is re-read.
      return !(key[1] === 'one' && key.length === 3);
    },
  });
}

export interface ProposeInput {
  proposedOn?: string;
  source:
    | { kind: Exclude<ProposalSourceKind, 'guardian' | 'school'> }
    | { kind: 'guardian' | 'school'; name?: string };
  note?: string;
}

export function usePropose(personId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: ProposeInput) =>
      api.post<SipDetail>(`/api/persons/${encodeURIComponent(personId)}/sips`, input),
    onSuccess: (sip) => refreshAfterWrite(queryClient, sip),
  });
}

/** A write to one SIP whose answer is the SIP (every life-cycle route). */
function useSipWrite<Input>(id: string, send: (input: Input) => Promise<SipDetail>) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: send,
    onSuccess: (sip) => refreshAfterWrite(queryClient, sip),
  });
}

export interface SavePlanInput {
  basedOnVersion: number;
  plan: SipPlan;
}

export const useSavePlan = (id: string) =>
  useSipWrite<SavePlanInput>(id, (input) => api.put<SipDetail>(`${sipPath(id)}/plan`, input));

export interface InviteInput {
  meeting: { startsAt: string; durationMinutes?: number; place?: string; videoLink?: string };
  participants: SipParticipantInput[];
  message?: string;
}

export const useInvite = (id: string) =>
  useSipWrite<InviteInput>(id, (input) => api.post<SipDetail>(`${sipPath(id)}/invitation`, input));

export interface RespondInput {
  participantId: string;
  response: 'accepted' | 'declined';
  note?: string;
}

export const useRespond = (id: string) =>
  useSipWrite<RespondInput>(id, ({ participantId, ...body }) =>
    api.post<SipDetail>(
      `${sipPath(id)}/participants/${encodeURIComponent(participantId)}/response`,
      body,
    ),
  );

export const useRemoveParticipant = (id: string) =>
  useSipWrite<string>(id, (participantId) =>
    api.post<SipDetail>(`${sipPath(id)}/participants/${encodeURIComponent(participantId)}/remove`),
  );

export const useRelativesObjection = (id: string) =>
  useSipWrite<{ objects: boolean; note?: string }>(id, (input) =>
    api.post<SipDetail>(`${sipPath(id)}/relatives-objection`, input),
  );

export interface MeetingInput {
  heldOn?: string;
  notes?: string;
  attendedParticipantIds?: string[];
}

export const useRecordMeeting = (id: string) =>
  useSipWrite<MeetingInput>(id, (input) => api.post<SipDetail>(`${sipPath(id)}/meetings`, input));

export const useActivate = (id: string) =>
  useSipWrite<{ on?: string }>(id, (input) =>
    api.post<SipDetail>(`${sipPath(id)}/activate`, input),
  );

export interface FollowUpInput {
  heldOn: string;
  planVersion: number;
  goals: { goalId: string; status: 'achieved' | 'partly' | 'not-achieved'; note?: string }[];
  interventions: {
    interventionId: string;
    status: 'started' | 'ongoing' | 'finished' | 'not-started';
    reason?: string;
    note?: string;
  }[];
  decision: 'continue' | 'revise' | 'close';
  nextFollowUpOn?: string;
  note?: string;
  closeOutcome?: CloseOutcome;
  closeNote?: string;
}

export const useRecordFollowUp = (id: string) =>
  useSipWrite<FollowUpInput>(id, (input) =>
    api.post<SipDetail>(`${sipPath(id)}/follow-ups`, input),
  );

export const useCloseSip = (id: string) =>
  useSipWrite<{ outcome: CloseOutcome; note?: string; on?: string }>(id, (input) =>
    api.post<SipDetail>(`${sipPath(id)}/close`, input),
  );

export const useEndSip = (id: string, how: 'refuse' | 'withdraw') =>
  useSipWrite<{ reason: string; on?: string }>(id, (input) =>
    api.post<SipDetail>(`${sipPath(id)}/${how}`, input),
  );

export const pdfPath = (id: string, audience: 'participants' | 'person') =>
  `${sipPath(id)}/plan.pdf?audience=${audience}`;
export const invitationLetterPath = (id: string) => `${sipPath(id)}/invitation-letter.pdf`;
