import type { Settlement } from '@vardflata/contracts';
import { allocate, daysInPeriod, toPercent } from './joint-financing.allocation.ts';

/**
 * The avräkning of one period, computed from plain data (decision 0019-e). The screen, the PDF
 * and the workbook all show what this returns. Nothing is shown as zero that could not be
 * computed: an operation without a cost, key or population figures carries its problem and no
 * parts; a placement without a daily rate carries null and no parts.
 */
export interface OperationInput {
  operationId: string;
  name: string;
  costOre: number | null;
  key: {
    version: number;
    regionId: string;
    regionName: string;
    regionShare: number;
    municipalShare: number;
    basis: 'population' | 'fixed';
    municipalities: { id: string; name: string; share: number | null; population: number | null }[];
  } | null;
}

export interface PlacementInput {
  placementId: string;
  placingOrganisationName: string;
  providerUnitName: string;
  start: string;
  endedOn: string | null;
  dailyRateOre: number | null;
  shares: { organisationId: string; organisationName: string; percent: number }[];
}

type Part = Settlement['operations'][number]['parts'][number];

/** A reference without person data: the placement's kind and the start of its id. */
export const placementReference = (id: string) => `HVB-${id.slice(0, 8).toUpperCase()}`;

function splitOperation(op: OperationInput): Settlement['operations'][number] {
  const base = { operationId: op.operationId, name: op.name, keyVersion: op.key?.version ?? null };
  if (op.costOre === null) return { ...base, totalOre: null, problem: 'no-cost', parts: [] };
  const key = op.key;
  if (!key) return { ...base, totalOre: op.costOre, problem: 'no-key', parts: [] };
  const weights = key.municipalities.map((m) => (key.basis === 'fixed' ? m.share : m.population));
  const weightSum = weights.reduce<number>((s, w) => s + (w ?? 0), 0);
  if (weights.some((w) => w === null) || (key.municipalShare > 0 && weightSum === 0))
    return { ...base, totalOre: op.costOre, problem: 'no-population', parts: [] };
  const [regionOre, municipalOre] = allocate(op.costOre, [key.regionShare, key.municipalShare]);
  const municipal =
    key.municipalShare === 0
      ? key.municipalities.map(() => 0)
      : allocate(municipalOre!, weights as number[]);
  const parts: Part[] = [
    {
      organisationId: key.regionId,
      organisationName: key.regionName,
      percent: toPercent(key.regionShare),
      ore: regionOre!,
    },
    ...key.municipalities.map((m, i) => ({
      organisationId: m.id,
      organisationName: m.name,
      // The municipality's effective share of the whole, to two decimals (shown, not used).
      percent:
        weightSum === 0
          ? 0
          : Math.round((key.municipalShare * (weights[i] as number)) / weightSum) / 100,
      ore: municipal[i]!,
    })),
  ];
  return { ...base, totalOre: op.costOre, problem: null, parts };
}

function costPlacement(
  period: { startsOn: string; endsOn: string },
  p: PlacementInput,
): Settlement['placements'][number] | null {
  const days = daysInPeriod(period, { start: p.start, endedOn: p.endedOn });
  if (days === 0) return null;
  const from = p.start > period.startsOn ? p.start : period.startsOn;
  const lastNight = p.endedOn === null ? period.endsOn : dayBefore(p.endedOn);
  const to = lastNight < period.endsOn ? lastNight : period.endsOn;
  const base = {
    placementId: p.placementId,
    reference: placementReference(p.placementId),
    placingOrganisationName: p.placingOrganisationName,
    providerUnitName: p.providerUnitName,
    from,
    to,
    days,
    dailyRateOre: p.dailyRateOre,
  };
  if (p.dailyRateOre === null || p.shares.length === 0)
    return { ...base, totalOre: null, parts: [] };
  const total = Number(BigInt(p.dailyRateOre) * BigInt(days));
  const amounts = allocate(
    total,
    p.shares.map((s) => s.percent),
  );
  return {
    ...base,
    totalOre: total,
    parts: p.shares.map((s, i) => ({ ...s, ore: amounts[i]! })),
  };
}

function dayBefore(date: string): string {
  return new Date(Date.parse(date) - 86_400_000).toISOString().slice(0, 10);
}

export function computeSettlement(
  period: Settlement['period'],
  operations: OperationInput[],
  placements: PlacementInput[],
): Settlement {
  const ops = operations.map(splitOperation);
  const pls = placements
    .map((p) => costPlacement(period, p))
    .filter((p): p is NonNullable<typeof p> => p !== null);
  const totals = new Map<
    string,
    { organisationId: string; organisationName: string; ore: number }
  >();
  for (const part of [...ops.flatMap((o) => o.parts), ...pls.flatMap((p) => p.parts)]) {
    const t = totals.get(part.organisationId) ?? {
      organisationId: part.organisationId,
      organisationName: part.organisationName,
      ore: 0,
    };
    t.ore += part.ore;
    totals.set(part.organisationId, t);
  }
  const list = [...totals.values()].sort((a, b) =>
    a.organisationName.localeCompare(b.organisationName, 'sv'),
  );
  return {
    period,
    operations: ops,
    placements: pls,
    totals: list,
    totalOre: list.reduce((s, t) => s + t.ore, 0),
  };
}
