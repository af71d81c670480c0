import type { IndicatorGrid, IndicatorValue } from '@vardflata/contracts';
import { notFound } from '../../../http/problem.ts';

export interface ScopeQuery {
  organisationId?: string | undefined;
  unitId?: string | undefined;
  receptionId?: string | undefined;
}

/**
 * The indicators of one scope: the county, an organisation, an integrated reception, or a unit
 * (which must lie in the organisation and the reception when they are named too). A scope the
 * grid does not hold is 404.
 */
export function scopeOf(grid: IndicatorGrid, q: ScopeQuery): IndicatorValue[] {
  const scope = q.unitId
    ? grid.scopes.find(
        (s) =>
          s.kind === 'unit' &&
          s.id === q.unitId &&
          (!q.organisationId || s.parentId === q.organisationId) &&
          (!q.receptionId || s.receptionId === q.receptionId),
      )
    : q.receptionId
      ? grid.scopes.find((s) => s.kind === 'reception' && s.id === q.receptionId)
      : q.organisationId
        ? grid.scopes.find((s) => s.kind === 'organisation' && s.id === q.organisationId)
        : grid.scopes.find((s) => s.kind === 'county');
  if (!scope) throw notFound();
  return scope.indicators;
}
