import type { CostKeyVersion, SettlementPeriod } from '@vardflata/contracts';
import { toPercent } from './joint-financing.allocation.ts';
import type { KeyMunicipalityRow, KeyVersionRow } from './repositories/key.repository.ts';
import type { PeriodRow } from './repositories/settlement.repository.ts';

export function toKeyVersion(
  k: KeyVersionRow,
  municipalities: KeyMunicipalityRow[],
): CostKeyVersion {
  return {
    id: k.id,
    version: k.version,
    validFrom: k.valid_from,
    validUntil: k.valid_until,
    regionId: k.region_id,
    regionName: k.region_name,
    regionPercent: toPercent(k.region_share),
    municipalPercent: toPercent(k.municipal_share),
    municipalBasis: k.municipal_basis,
    populationYear: k.population_year,
    note: k.note,
    municipalities: municipalities
      .filter((m) => m.key_version_id === k.id)
      .map((m) => ({
        organisationId: m.organisation_id,
        organisationName: m.organisation_name,
        percent: m.share === null ? null : toPercent(m.share),
        population: k.municipal_basis === 'population' ? (m.population ?? null) : null,
      })),
  };
}

export function toPeriod(p: PeriodRow): SettlementPeriod {
  return {
    id: p.id,
    startsOn: p.starts_on,
    endsOn: p.ends_on,
    status: p.status,
    settledAt: p.settled_at ? p.settled_at.toISOString() : null,
    settledByName: p.settled_by_name,
  };
}

/** Öre as Swedish kronor, "12 345,00 kr" (a plain space between thousands, as the web shows). */
export function kronor(ore: number, lang: 'sv' | 'en' = 'sv'): string {
  const whole = Math.floor(ore / 100);
  const cents = String(ore % 100).padStart(2, '0');
  const grouped = String(whole).replace(/\B(?=(\d{3})+(?!\d))/g, lang === 'sv' ? ' ' : ',');
  return lang === 'sv' ? `${grouped},${cents} kr` : `SEK ${grouped}.${cents}`;
}
