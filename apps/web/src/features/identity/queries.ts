import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type {
  MergedInto,
  MergePreview,
  MergeResult,
  Person,
  RegisterReserveBody,
  ReservePerson,
} from '@vardflata/contracts';
import { api } from '../../api';
import type { Items } from '../../lib/types';

const personUrl = (id: string, tail = '') => `/api/persons/${encodeURIComponent(id)}${tail}`;

export function useRegisterReserve() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: RegisterReserveBody) =>
      api.post<ReservePerson>('/api/persons/reserve', body),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ['persons', 'search'] }),
  });
}

/** The real person by number, among those the caller may see (the ordinary search). */
export const findByNumber = async (number: string) =>
  (await api.get<Items<Person>>(`/api/persons?q=${encodeURIComponent(number)}`)).items;

export const previewMerge = (reserveId: string, intoId: string) =>
  api.get<MergePreview>(personUrl(reserveId, `/merge-preview?into=${encodeURIComponent(intoId)}`));

export function useMerge(reserveId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (intoPersonId: string) =>
      api.post<MergeResult>(personUrl(reserveId, '/merge'), { intoPersonId }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ['persons'] }),
  });
}

/** Where a merged reserve identity went; asked only once the person itself answered 404. */
export function useMergedInto(personId: string, enabled: boolean) {
  return useQuery({
    queryKey: ['persons', personId, 'merged-into'],
    queryFn: () => api.get<MergedInto>(personUrl(personId, '/merged-into')),
    enabled,
    retry: false,
  });
}
