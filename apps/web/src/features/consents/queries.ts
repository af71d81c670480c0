import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { Consent, ConsentPurpose } from '@vardflata/contracts';
import { api } from '../../api';
import type { Items } from '../../lib/types';

export const consentKeys = {
  forPerson: (personId: string) => ['persons', personId, 'consents'] as const,
};

export function useConsents(personId: string) {
  return useQuery({
    queryKey: consentKeys.forPerson(personId),
    queryFn: () => api.get<Items<Consent>>(`/api/persons/${encodeURIComponent(personId)}/consents`),
    select: (data) => data.items,
    staleTime: 0,
  });
}

export interface RecordConsentInput {
  purpose: ConsentPurpose;
  recipientOrganisationIds: string[];
  form: 'written' | 'oral';
  validUntil?: string;
  note?: string;
}

export function useRecordConsent(personId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: RecordConsentInput) =>
      api.post<Consent>(`/api/persons/${encodeURIComponent(personId)}/consents`, input),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: consentKeys.forPerson(personId) }),
  });
}

export function useRevokeConsent(personId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ consentId, reason }: { consentId: string; reason?: string }) =>
      api.post<Consent>(
        `/api/consents/${encodeURIComponent(consentId)}/revoke`,
        reason ? { reason } : {},
      ),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: consentKeys.forPerson(personId) }),
  });
}
