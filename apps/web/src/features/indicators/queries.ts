import { useQuery } from '@tanstack/react-query';
import type { IndicatorGrid, IndicatorTrend, IndicatorValue } from '@vardflata/contracts';
import { api } from '../../api';

export interface DashboardParams {
  from: string;
  to: string;
  step: 'month' | 'quarter' | 'year';
  organisationId?: string | undefined;
  unitId?: string | undefined;
  /** An integrated reception; with unitId, one of its units. */
  receptionId?: string | undefined;
}

/** Every scope of the county for the period: key figures, comparison and drill-down. */
export function useIndicatorGrid(p: DashboardParams) {
  return useQuery({
    queryKey: ['indicators', 'grid', p.from, p.to],
    queryFn: () => api.get<IndicatorGrid>('/api/indicators/grid', { from: p.from, to: p.to }),
    staleTime: 30_000,
  });
}

export function useIndicatorTrend(p: DashboardParams) {
  return useQuery({
    queryKey: [
      'indicators',
      'trend',
      p.from,
      p.to,
      p.step,
      p.organisationId,
      p.receptionId,
      p.unitId,
    ],
    queryFn: () =>
      api.get<IndicatorTrend>('/api/indicators/trend', {
        from: p.from,
        to: p.to,
        step: p.step,
        organisationId: p.organisationId,
        receptionId: p.receptionId,
        unitId: p.unitId,
      }),
    staleTime: 30_000,
  });
}

export const valueOf = (values: readonly IndicatorValue[], code: string) =>
  values.find((v) => v.code === code);
