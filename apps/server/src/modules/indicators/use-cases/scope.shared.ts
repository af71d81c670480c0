import type { IndicatorGrid, IndicatorValue } from '@vardflata/contracts';
import { notFound } from '../../../http/problem.ts';

export interface ScopeQuery {
  organisationId?: string | undefined;
  unitId?: string | undefined;
}

/** The indicators of one scope: the county, an organisation, or one of its units. */
export function scopeOf(grid: IndicatorGrid, q: ScopeQuery): IndicatorValue[] {
  const scope = q.unitId
    ? grid.scopes.find(
        (s) =>
          s.kind === 'unit' &&
          s.id === q.unitId &&
          (!q.organisationId || s.parentId === q.organisationId),
      )
    : q.organisationId
      ? grid.scopes.find((s) => s.kind === 'organisation' && s.id === q.organisationId)
      : grid.scopes.find((s) => s.kind === 'county');
  if (!scope) throw notFound();
  return scope.indicators;
}
