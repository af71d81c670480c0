import type { IndicatorsAnswer } from '@vardflata/contracts';
import type { Period } from '../repositories/indicator-source.repository.ts';
import { IndicatorCache } from './indicator-cache.shared.ts';
import { scopeOf, type ScopeQuery } from './scope.shared.ts';

export async function readIndicators(
  cache: IndicatorCache,
  q: Period & ScopeQuery,
): Promise<IndicatorsAnswer> {
  const grid = await cache.grid({ from: q.from, to: q.to });
  return {
    from: q.from,
    to: q.to,
    organisationId: q.organisationId ?? null,
    unitId: q.unitId ?? null,
    receptionId: q.receptionId ?? null,
    computedAt: grid.computedAt,
    includesTestData: grid.includesTestData,
    indicators: scopeOf(grid, q),
  };
}
