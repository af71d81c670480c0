import { useQuery } from '@tanstack/react-query';
import { api } from '../../api';
import type { Meta } from '../../lib/types';

/** Server facts that need no sign-in: demo mode and version. */
export function useMeta(): Meta | undefined {
  return useQuery({
    queryKey: ['meta'],
    queryFn: () => api.get<Meta>('/api/meta'),
    staleTime: 5 * 60_000,
  }).data;
}
