import { keepPreviousData, useQuery } from '@tanstack/react-query';
import type { AccessGround, AccessLogRow } from '@vardflata/contracts';
import { api } from '../../api';

export interface LogFilter {
  personId?: string | undefined;
  userId?: string | undefined;
  unitId?: string | undefined;
  ground?: AccessGround | undefined;
  outcome?: 'allowed' | 'denied' | undefined;
  from?: string | undefined;
  to?: string | undefined;
}

export interface LogRequest extends LogFilter {
  sample?: number | undefined;
  /** Changes for every new random sample, so the same filter draws again. */
  draw?: string | undefined;
  limit: number;
  offset: number;
}

export interface LogPage {
  items: AccessLogRow[];
  total: number;
  /** The request these rows answer (while a new one loads, the previous rows stay on screen). */
  request: LogRequest;
}

export function useAccessLog(request: LogRequest) {
  const { draw: _draw, ...query } = request;
  return useQuery({
    queryKey: ['access-log', request],
    queryFn: async (): Promise<LogPage> => {
      const page = await api.get<{ items: AccessLogRow[]; total: number }>('/api/access-log', {
        ...query,
        ...(query.sample ? { limit: undefined, offset: undefined } : {}),
      });
      return { ...page, request };
    },
    placeholderData: keepPreviousData,
    staleTime: 0,
  });
}
