import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type {
  CareRelation,
  Person,
  RegisteredPerson,
  RegisterExtract,
  RegistrationGround,
  Sex,
} from '@vardflata/contracts';
import { api } from '../../api';
import type { Items } from '../../lib/types';

export const personKeys = {
  all: ['persons'] as const,
  search: (q: string) => ['persons', 'search', q] as const,
  one: (id: string) => ['persons', id] as const,
  extract: (id: string) => ['persons', id, 'access-extract'] as const,
};

export function usePersonSearch(q: string) {
  return useQuery({
    queryKey: personKeys.search(q),
    queryFn: () => api.get<Items<Person>>('/api/persons', { q }),
    enabled: q.trim().length > 0,
    select: (data) => data.items,
    staleTime: 0,
  });
}

export function usePerson(id: string) {
  return useQuery({
    queryKey: personKeys.one(id),
    queryFn: () => api.get<Person>(`/api/persons/${encodeURIComponent(id)}`),
    staleTime: 0,
  });
}

export interface RegisterPersonInput {
  personalIdentityNumber: string;
  givenName: string;
  familyName: string;
  sex: Sex;
  protectedIdentity?: boolean;
  ground: RegistrationGround;
}

/** The answer says only the id (security fault 3): the person is read anew when opened. */
export function useRegisterPerson() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: RegisterPersonInput) => api.post<RegisteredPerson>('/api/persons', input),
    onSuccess: (registered) => {
      void queryClient.invalidateQueries({ queryKey: personKeys.one(registered.id) });
      void queryClient.invalidateQueries({ queryKey: ['persons', 'search'] });
    },
  });
}

/**
 * Closing a care relation. `onClosed` runs before the person is read again: closing one's own
 * unit's relation usually ends the access, and the page must know why the person is gone
 * (callbacks given to `mutate` would not run, as the form unmounts with the person).
 */
export function useCloseCareRelation(
  personId: string,
  onClosed?: (relation: CareRelation) => void,
) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ relationId, reason }: { relationId: string; reason: string }) =>
      api.post<CareRelation>(
        `/api/persons/${encodeURIComponent(personId)}/care-relations/${encodeURIComponent(relationId)}/close`,
        { reason },
      ),
    onSuccess: (relation) => {
      onClosed?.(relation);
      return queryClient.invalidateQueries({ queryKey: personKeys.one(personId) });
    },
  });
}

/** Loaded on request only: producing the extract is itself a logged access. */
export function useAccessExtract(personId: string, enabled: boolean) {
  return useQuery({
    queryKey: personKeys.extract(personId),
    queryFn: () =>
      api.get<RegisterExtract>(`/api/persons/${encodeURIComponent(personId)}/access-extract`),
    enabled,
    staleTime: 0,
  });
}
