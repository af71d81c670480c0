import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from '../../api';
import type { Notification, Notifications, Scope, Worklist } from './types';

export const worklistKeys = {
  worklist: (scope: Scope) => ['worklist', scope] as const,
  notifications: (unreadOnly: boolean) => ['notifications', unreadOnly ? 'unread' : 'all'] as const,
  unreadCount: ['notifications', 'count'] as const,
};

export function useWorklist(scope: Scope) {
  return useQuery({
    queryKey: worklistKeys.worklist(scope),
    queryFn: () => api.get<Worklist>('/api/worklist', { scope }),
    staleTime: 0,
  });
}

export function useNotifications(unreadOnly: boolean) {
  return useQuery({
    queryKey: worklistKeys.notifications(unreadOnly),
    queryFn: () =>
      api.get<Notifications>('/api/notifications', {
        limit: 100,
        ...(unreadOnly ? { unread: 'true' } : {}),
      }),
    staleTime: 0,
  });
}

/** The unread count for the header: read now and then (jobs write notifications any time). */
export function useUnreadCount(enabled: boolean) {
  return useQuery({
    queryKey: worklistKeys.unreadCount,
    queryFn: () => api.get<Notifications>('/api/notifications', { unread: 'true', limit: 1 }),
    select: (data) => data.unreadCount,
    enabled,
    // Every read of the list is logged for the persons it names, so not too often.
    refetchInterval: 120_000,
    refetchIntervalInBackground: false,
    staleTime: 15_000,
  });
}

export function useMarkRead() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (id: string) =>
      api.post<Notification>(`/api/notifications/${encodeURIComponent(id)}/read`),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ['notifications'] }),
  });
}
