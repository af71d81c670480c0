import { useQuery } from '@tanstack/react-query';
import type { IndicatorValue, NeedsPicture } from '@vardflata/contracts';
import type { NeedsPrincipal } from '@vardflata/domain';
import { api } from '../../api';

export interface NeedsParams {
  from: string;
  to: string;
  principal: NeedsPrincipal;
  step: 'month' | 'quarter' | 'year';
}

export function useNeedsPicture(p: NeedsParams) {
  return useQuery({
    queryKey: ['needs-picture', p.from, p.to, p.principal, p.step],
    queryFn: () =>
      api.get<NeedsPicture>('/api/needs-picture', {
        from: p.from,
        to: p.to,
        principal: p.principal,
        step: p.step,
      }),
    staleTime: 30_000,
  });
}

export const figureOf = (values: readonly IndicatorValue[], code: string) =>
  values.find((v) => v.code === code);
