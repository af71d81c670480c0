import { useQuery } from '@tanstack/react-query';
import type { Caseload } from '@vardflata/contracts';
import { api } from '../../api';

export const CASELOAD_LIMIT = 100;

/** The caller's persons; each one listed is a logged read, so it is not kept stale-free. */
export function useCaseload() {
  return useQuery({
    queryKey: ['caseload'],
    queryFn: () => api.get<Caseload>('/api/caseload', { limit: CASELOAD_LIMIT }),
    staleTime: 60_000,
  });
}
