import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from '../../api';
import type { EmergencyAccess, Items } from '../../lib/types';

export const emergencyKeys = {
  unreviewed: ['emergency-access', 'unreviewed'] as const,
};

export function useOpenEmergencyAccess() {
  return useMutation({
    mutationFn: (input: { personalIdentityNumber: string; reason: string }) =>
      api.post<EmergencyAccess>('/api/emergency-access', input),
  });
}

/** Unit managers: emergency accesses of their unit that wait for review. */
export function useUnreviewedEmergencyAccess() {
  return useQuery({
    queryKey: emergencyKeys.unreviewed,
    queryFn: () => api.get<Items<EmergencyAccess>>('/api/emergency-access', { reviewed: 'false' }),
    select: (data) => data.items,
    staleTime: 0,
  });
}

/** `onReviewed` runs before the list is read again, which removes the reviewed item (and its form). */
export function useReviewEmergencyAccess(onReviewed?: (access: EmergencyAccess) => void) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ id, note }: { id: string; note?: string }) =>
      api.post<EmergencyAccess>(
        `/api/emergency-access/${encodeURIComponent(id)}/review`,
        note ? { note } : {},
      ),
    onSuccess: (access) => {
      onReviewed?.(access);
      return queryClient.invalidateQueries({ queryKey: emergencyKeys.unreviewed });
    },
  });
}
