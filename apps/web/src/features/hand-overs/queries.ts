import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type {
  BedBoard,
  LobIntake,
  CreateDisclosureBody,
  Disclosure,
  CreatePlacementBody,
  Placement,
  CreateWithdrawalRequestBody,
  DischargeWithdrawalRequestBody,
  WithdrawalRequest,
} from '@vardflata/contracts';
import { api } from '../../api';
import type { Items } from '../../lib/types';

export const careKeys = {
  board: ['bed-board'] as const,
  queue: ['withdrawal-requests'] as const,
  person: (personId: string) => ['persons', personId, 'withdrawal-requests'] as const,
};

export function useBedBoard() {
  return useQuery({
    queryKey: careKeys.board,
    queryFn: () => api.get<BedBoard>('/api/bed-board'),
    retry: false,
    staleTime: 0,
  });
}

export function useQueue(enabled: boolean) {
  return useQuery({
    queryKey: careKeys.queue,
    queryFn: () => api.get<Items<WithdrawalRequest>>('/api/withdrawal-requests'),
    select: (d) => d.items,
    enabled,
    staleTime: 0,
  });
}

export function usePersonWithdrawalRequests(personId: string) {
  return useQuery({
    queryKey: careKeys.person(personId),
    queryFn: () =>
      api.get<Items<WithdrawalRequest>>(
        `/api/persons/${encodeURIComponent(personId)}/withdrawal-requests`,
      ),
    select: (d) => d.items,
    staleTime: 0,
  });
}

export function useRequestBed(personId: string) {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (body: CreateWithdrawalRequestBody) =>
      api.post<WithdrawalRequest>(
        `/api/persons/${encodeURIComponent(personId)}/withdrawal-requests`,
        body,
      ),
    onSuccess: () => qc.invalidateQueries({ queryKey: careKeys.person(personId) }),
  });
}

/** Triage, admit or discharge: the board and the queue are read again afterwards. */
export function useBedAct<B>(act: 'triage' | 'admit' | 'discharge') {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: ({ id, body }: { id: string; body: B }) =>
      api.post<WithdrawalRequest>(
        `/api/withdrawal-requests/${encodeURIComponent(id)}/${act}`,
        body,
      ),
    onSuccess: async () => {
      await qc.invalidateQueries({ queryKey: careKeys.board });
      await qc.invalidateQueries({ queryKey: careKeys.queue });
    },
  });
}

export type DischargeBody = DischargeWithdrawalRequestBody;

// ---- HVB placements (seed 000)

export const placementKeys = {
  person: (personId: string) => ['persons', personId, 'placements'] as const,
};

export function usePersonPlacements(personId: string) {
  return useQuery({
    queryKey: placementKeys.person(personId),
    queryFn: () =>
      api.get<Items<Placement>>(`/api/persons/${encodeURIComponent(personId)}/placements`),
    select: (d) => d.items,
    staleTime: 0,
  });
}

export function usePlace(personId: string) {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (body: CreatePlacementBody) =>
      api.post<Placement>(`/api/persons/${encodeURIComponent(personId)}/placements`, body),
    onSuccess: () => qc.invalidateQueries({ queryKey: placementKeys.person(personId) }),
  });
}

/** An act on a placement (`path` after /api/placements/:id). */
export function usePlacementAct(personId: string, placementId: string) {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: ({ path, body }: { path: string; body: unknown }) =>
      api.post<Placement>(`/api/placements/${encodeURIComponent(placementId)}${path}`, body),
    onSuccess: () => qc.invalidateQueries({ queryKey: placementKeys.person(personId) }),
  });
}

// ---- Disclosures on a legal ground (F2)
export const disclosureKeys = {
  person: (personId: string) => ['persons', personId, 'disclosures'] as const,
  received: ['disclosures'] as const,
};

export function usePersonDisclosures(personId: string) {
  return useQuery({
    queryKey: disclosureKeys.person(personId),
    queryFn: () =>
      api.get<Items<Disclosure>>(`/api/persons/${encodeURIComponent(personId)}/disclosures`),
    select: (d) => d.items,
    staleTime: 0,
  });
}

export function useReceivedDisclosures() {
  return useQuery({
    queryKey: disclosureKeys.received,
    queryFn: () => api.get<Items<Disclosure>>('/api/disclosures'),
    select: (d) => d.items,
    staleTime: 0,
  });
}

export function useDisclose(personId: string) {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (body: CreateDisclosureBody) =>
      api.post<Disclosure>(`/api/persons/${encodeURIComponent(personId)}/disclosures`, body),
    onSuccess: () => qc.invalidateQueries({ queryKey: disclosureKeys.person(personId) }),
  });
}

export function useAcknowledge() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (id: string) =>
      api.post<Disclosure>(`/api/disclosures/${encodeURIComponent(id)}/acknowledge`, {}),
    onSuccess: () => qc.invalidateQueries({ queryKey: disclosureKeys.received }),
  });
}

// ---- LOB sobering intakes (seed 002)
export const lobKeys = {
  person: (personId: string) => ['persons', personId, 'lob-intakes'] as const,
};

export function usePersonLobIntakes(personId: string) {
  return useQuery({
    queryKey: lobKeys.person(personId),
    queryFn: () =>
      api.get<Items<LobIntake>>(`/api/persons/${encodeURIComponent(personId)}/lob-intakes`),
    select: (d) => d.items,
    staleTime: 0,
  });
}

export function useLobAct(personId: string) {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: ({ path, body }: { path: string; body: unknown }) =>
      api.post<LobIntake>(path, body),
    onSuccess: () => qc.invalidateQueries({ queryKey: lobKeys.person(personId) }),
  });
}
