import type { IndicatorTrend } from '@vardflata/contracts';
import type { Period } from '../repositories/indicator-source.repository.ts';
import { IndicatorCache } from './indicator-cache.shared.ts';
import { scopeOf, type ScopeQuery } from './scope.shared.ts';
import { periodsBetween } from './periods.shared.ts';

export async function readTrend(
  cache: IndicatorCache,
  q: Period & ScopeQuery & { step: 'month' | 'quarter' | 'year' },
): Promise<IndicatorTrend> {
  const periods = periodsBetween(q.from, q.to, q.step);
  const grids = [];
  // One period at a time: the database is shared with the care staff.
  for (const p of periods) grids.push(await cache.grid(p));
  return {
    step: q.step,
    computedAt: grids.map((g) => g.computedAt).sort()[0] ?? new Date().toISOString(),
    includesTestData: cache.includesTestData,
    periods: grids.map((g) => ({ from: g.from, to: g.to, indicators: scopeOf(g, q) })),
  };
}
