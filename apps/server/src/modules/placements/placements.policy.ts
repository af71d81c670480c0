import type { Caller } from '../../access/caller.ts';
import { forbidden, HttpProblem } from '../../http/problem.ts';
import type { PlacementRow } from './repositories/placement.repository.ts';

/**
 * The write decisions of HVB placements and hand-overs (seed 000). Who may see the person is
 * decided by access/policy.ts.
 */

/** Social services place: a unit of a municipality. */
export function requirePlacingOrganisation(caller: Caller): void {
  if (caller.organisationKind !== 'municipality') {
    throw forbidden('An HVB placement is made by social services (a municipality).');
  }
}

/**
 * "Vardera partens kostnadsansvar ska vara klarlagt innan placering sker": the shares make
 * 100 %, and both the placing municipality and the region (which keeps the health-care
 * responsibility) are in it. Returns the region that is, or null when the split is not settled.
 */
export function settledCostSplit(
  shares: readonly { organisationId: string; percent: number }[],
  organisations: readonly { id: string; kind: string }[],
  placingOrganisationId: string,
): { regionId: string } | null {
  const total = shares.reduce((sum, s) => sum + s.percent, 0);
  const kindOf = (id: string) => organisations.find((o) => o.id === id)?.kind;
  const region = shares.find((s) => kindOf(s.organisationId) === 'region');
  const placing = shares.some((s) => s.organisationId === placingOrganisationId);
  return total === 100 && region && placing ? { regionId: region.organisationId } : null;
}

export function requireOpen(row: PlacementRow): void {
  if (row.status !== 'planned') throw new HttpProblem(409, 'The placement has ended.');
}

/** The placing social services convene the discharge meeting and end the placement. */
export function requirePlacer(caller: Caller, row: PlacementRow): void {
  if (caller.organisationId !== row.placing_organisation_id) {
    throw forbidden('Only the placing social services may do this.');
  }
}

/** "Förändring av läkemedelsordinationer under HVB-placeringar förankras med ansvarig
 * LARO-läkare": a physician of the placement's LARO unit. */
export function isLaroPhysician(caller: Caller, row: PlacementRow): boolean {
  return (
    caller.role === 'physician' && row.laro_unit_id !== null && caller.unitId === row.laro_unit_id
  );
}

export function requireLaroPhysician(caller: Caller, row: PlacementRow): void {
  if (!isLaroPhysician(caller, row)) {
    throw forbidden('Only a physician of the LARO unit confirms medication changes.');
  }
}

/** Treatment responsibility for medication dependence is handed over within the region. */
export function requireRegionHandover(
  caller: Caller,
  toUnit: { id: string; organisation_id: string } | undefined,
): 'ok' | 'bad-unit' {
  if (caller.organisationKind !== 'region') {
    throw forbidden('Only the region hands over treatment of medication dependence.');
  }
  return toUnit && toUnit.organisation_id === caller.organisationId && toUnit.id !== caller.unitId
    ? 'ok'
    : 'bad-unit';
}
