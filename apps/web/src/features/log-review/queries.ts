import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type {
  AccessGround,
  AccessLogPage,
  LogReview,
  LogReviewStatus,
  RecordLogReviewBody,
} from '@vardflata/contracts';
import { api } from '../../api';

export interface LogFilter {
  personId?: string | undefined;
  userId?: string | undefined;
  unitId?: string | undefined;
  ground?: AccessGround | undefined;
  outcome?: 'allowed' | 'denied' | undefined;
  from?: string | undefined;
  to?: string | undefined;
  /** The reviewer's own earlier reviews; left out unless asked for. */
  includeOwnReviews?: 'true' | undefined;
}

export interface LogRequest extends LogFilter {
  sample?: number | undefined;
  /** Changes for every new random sample, so the same filter draws again. */
  draw?: string | undefined;
  limit: number;
  offset: number;
}

export interface LogPage extends AccessLogPage {
  /** The request these rows answer (while a new one loads, the previous rows stay on screen). */
  request: LogRequest;
}

export function useAccessLog(request: LogRequest) {
  const { draw: _draw, ...query } = request;
  return useQuery({
    queryKey: ['access-log', request],
    queryFn: async (): Promise<LogPage> => {
      const page = await api.get<AccessLogPage>('/api/access-log', {
        ...query,
        ...(query.sample ? { limit: undefined, offset: undefined } : {}),
      });
      return { ...page, request };
    },
    placeholderData: keepPreviousData,
    staleTime: 0,
  });
}

export const reviewStatusKey = ['access-log', 'review-status'] as const;

/** When the organisation last reviewed its log, and whether the next review is due. */
export function useReviewStatus() {
  return useQuery({
    queryKey: reviewStatusKey,
    queryFn: () => api.get<LogReviewStatus>('/api/access-log/review-status'),
    staleTime: 0,
  });
}

/** Records the review the manager has just done. */
export function useRecordReview(onSaved: (review: LogReview) => void) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: RecordLogReviewBody) => api.post<LogReview>('/api/access-log/reviews', body),
    onSuccess: async (review) => {
      await queryClient.invalidateQueries({ queryKey: reviewStatusKey });
      onSaved(review);
    },
  });
}
