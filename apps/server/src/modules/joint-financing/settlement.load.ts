import type { Settlement } from '@vardflata/contracts';
import type { Db } from '../../db/database.ts';
import { listCostShares } from '../placements/repositories/placement.repository.ts';
import { toPeriod } from './joint-financing.presenter.ts';
import * as keys from './repositories/key.repository.ts';
import * as settlements from './repositories/settlement.repository.ts';
import { computeSettlement } from './settlement.compute.ts';

/** What a settled period keeps: the report and (never shown) the placements it costed. */
export interface Snapshot {
  report: Settlement;
  placementIds: string[];
}

/**
 * The settlement of a period: a settled period answers the report it was settled with; an
 * open one is computed now. The key that applies is the version in force on the period's first
 * day (decision 0019-e).
 */
export async function loadSettlement(db: Db, period: settlements.PeriodRow): Promise<Snapshot> {
  if (period.status === 'settled' && period.snapshot) {
    const kept = period.snapshot as Snapshot;
    return {
      report: { ...kept.report, period: toPeriod(period) },
      placementIds: kept.placementIds,
    };
  }
  const operations = await keys.listOperations(db);
  const versions = await keys.listKeyVersions(
    db,
    operations.map((o) => o.id),
  );
  const inForce = versions.filter(
    (v) =>
      v.valid_from <= period.starts_on &&
      (v.valid_until === null || v.valid_until >= period.starts_on),
  );
  const municipalities = await keys.listKeyMunicipalities(
    db,
    inForce.map((v) => v.id),
  );
  const costs = await settlements.listOperationCosts(db, period.id);
  const placements = await settlements.listPlacementsInPeriod(db, period.starts_on, period.ends_on);
  const shares = await listCostShares(
    db,
    placements.map((p) => p.id),
  );
  const report = computeSettlement(
    toPeriod(period),
    operations.map((o) => {
      const key = inForce.find((v) => v.operation_id === o.id);
      const cost = costs.find((c) => c.operation_id === o.id);
      return {
        operationId: o.id,
        name: o.name,
        costOre: cost ? Number(cost.amount_ore) : null,
        key: key
          ? {
              version: key.version,
              regionId: key.region_id,
              regionName: key.region_name,
              regionShare: key.region_share,
              municipalShare: key.municipal_share,
              basis: key.municipal_basis,
              municipalities: municipalities
                .filter((m) => m.key_version_id === key.id)
                .map((m) => ({
                  id: m.organisation_id,
                  name: m.organisation_name,
                  share: m.share,
                  population: m.population ?? null,
                })),
            }
          : null,
      };
    }),
    placements.map((p) => ({
      placementId: p.id,
      placingOrganisationName: p.placing_organisation_name,
      providerUnitName: p.provider_unit_name,
      start: p.planned_start,
      endedOn: p.ended_on,
      dailyRateOre: p.daily_rate_ore === null ? null : Number(p.daily_rate_ore),
      shares: shares
        .filter((s) => s.placement_id === p.id)
        .map((s) => ({
          organisationId: s.organisation_id,
          organisationName: s.organisation_name,
          percent: s.percent,
        })),
    })),
  );
  return { report, placementIds: report.placements.map((p) => p.placementId) };
}
