import { useQuery } from '@tanstack/react-query';
import type { Organisation } from '@vardflata/contracts';
import { api } from '../api';
import type { Items } from './types';

export const organisationsKey = ['organisations'] as const;

/** Every organisation with its units (readable by all signed-in users). */
export function useOrganisations() {
  return useQuery({
    queryKey: organisationsKey,
    queryFn: () => api.get<Items<Organisation>>('/api/organisations'),
    select: (data) => [...data.items].sort((a, b) => a.name.localeCompare(b.name, 'sv')),
    staleTime: 5 * 60_000,
  });
}

/** Organisation names by id, for lists that carry only ids. */
export function useOrganisationNames(): Map<string, string> {
  const { data } = useOrganisations();
  return new Map((data ?? []).map((o) => [o.id, o.name]));
}

/** Unit names by id, with their organisation. */
export function useUnitNames(): Map<string, { name: string; organisationName: string }> {
  const { data } = useOrganisations();
  const map = new Map<string, { name: string; organisationName: string }>();
  for (const o of data ?? [])
    for (const u of o.units) map.set(u.id, { name: u.name, organisationName: o.name });
  return map;
}
