import { INDICATORS, type Breakdown, type Lang } from '@vardflata/domain';
import type { IndicatorGrid, IndicatorValue } from '@vardflata/contracts';

/**
 * The grid in words for the exports and the PDF: names and units from the definitions, and a
 * status in place of a number that is hidden or cannot be computed — never a 0 for those.
 */

export type ValueStatus = 'shown' | 'suppressed' | 'not-available' | 'no-data';

export const WORDS = {
  sv: {
    county: 'Hela länet',
    status: {
      shown: '',
      suppressed: 'visas inte (färre än 5)',
      'not-available': 'ännu inte tillgänglig',
      'no-data': 'inget underlag',
    },
    units: {
      persons: 'personer',
      screenings: 'screeningar',
      sips: 'SIP',
      cases: 'ärenden',
      days: 'dagar',
      contacts: 'kontakter',
      interventions: 'insatser',
      children: 'barn',
    },
    sheets: {
      total: 'Indikatorer',
      sex: 'Kön',
      'age-band': 'Åldersgrupp',
      scopes: 'Enheter',
      definitions: 'Definitioner',
    },
    columns: {
      scopeKind: 'Nivå',
      scope: 'Enhet, mottagning eller organisation',
      reception: 'Integrerad mottagning',
      code: 'code',
      name: 'Indikator',
      value: 'value',
      status: 'Status',
      unit: 'Enhet',
      description: 'Beskrivning',
      counting: 'Så räknas den',
    },
    kinds: {
      county: 'län',
      organisation: 'organisation',
      reception: 'integrerad mottagning',
      unit: 'enhet',
    },
    title: 'Uppföljning',
    period: 'Period',
    scopeLabel: 'Gäller',
    asOf: 'Siffror per',
    comparison: 'Jämförelse mellan organisationer, integrerade mottagningar och enheter',
    definitions: 'Definitioner',
    rule:
      'Antal från 1 till 4 visas inte, och fler celler döljs där ett dolt antal annars kunde ' +
      'räknas fram ur summor. Samma regel gäller på skärmen, i API:t och i alla exporter.',
    testData: 'Demoläge: testpersoner räknas med – siffrorna är inte verkliga.',
    locale: 'sv-SE',
  },
  en: {
    county: 'The whole county',
    status: {
      shown: '',
      suppressed: 'not shown (fewer than 5)',
      'not-available': 'not available yet',
      'no-data': 'no data',
    },
    units: {
      persons: 'persons',
      screenings: 'screenings',
      sips: 'SIPs',
      cases: 'cases',
      days: 'days',
      contacts: 'contacts',
      interventions: 'interventions',
      children: 'children',
    },
    sheets: {
      total: 'Indicators',
      sex: 'Sex',
      'age-band': 'Age band',
      scopes: 'Units',
      definitions: 'Definitions',
    },
    columns: {
      scopeKind: 'Level',
      scope: 'Unit, reception or organisation',
      reception: 'Integrated reception',
      code: 'code',
      name: 'Indicator',
      value: 'value',
      status: 'Status',
      unit: 'Unit of count',
      description: 'Description',
      counting: 'How it is counted',
    },
    kinds: {
      county: 'county',
      organisation: 'organisation',
      reception: 'integrated reception',
      unit: 'unit',
    },
    title: 'Follow-up',
    period: 'Period',
    scopeLabel: 'Covers',
    asOf: 'Figures as of',
    comparison: 'Comparison between organisations, integrated receptions and units',
    definitions: 'Definitions',
    rule:
      'Counts from 1 to 4 are not shown, and more cells are hidden where a hidden count could ' +
      'otherwise be worked out from totals. The same rule holds on screen, in the API and in ' +
      'every export.',
    testData: 'Demo mode: test persons are counted – these are not real figures.',
    locale: 'en-GB',
  },
} as const;

export interface IndicatorRow {
  code: string;
  name: string;
  unit: string;
  breakdown: Breakdown;
  value: number | null;
  status: ValueStatus;
  /** The value, or the status in words. */
  text: string;
}

export function statusOf(v: IndicatorValue): ValueStatus {
  if (!v.available) return 'not-available';
  if (v.suppressed) return 'suppressed';
  return v.value === null ? 'no-data' : 'shown';
}

export function indicatorRows(values: readonly IndicatorValue[], lang: Lang): IndicatorRow[] {
  const w = WORDS[lang];
  return values.map((v) => {
    const d = INDICATORS.find((x) => x.code === v.code)!;
    const status = statusOf(v);
    return {
      code: v.code,
      name: d.name[lang],
      unit: w.units[d.unit],
      breakdown: d.breakdown,
      value: status === 'shown' ? v.value : null,
      status,
      text:
        status === 'shown'
          ? new Intl.NumberFormat(w.locale, { maximumFractionDigits: 1 }).format(v.value!)
          : w.status[status],
    };
  });
}

export function scopeName(grid: IndicatorGrid, scope: { kind: string; name: string }, lang: Lang) {
  void grid;
  return scope.kind === 'county' ? WORDS[lang].county : scope.name;
}

/** The name of the scope a query picks (the county when no id is given). */
export function pickedScopeName(
  grid: IndicatorGrid,
  q: {
    organisationId?: string | undefined;
    unitId?: string | undefined;
    receptionId?: string | undefined;
  },
  lang: Lang,
): string {
  const id = q.unitId ?? q.receptionId ?? q.organisationId ?? null;
  const scope = grid.scopes.find((s) => s.id === id) ?? grid.scopes[0]!;
  return scopeName(grid, scope, lang);
}
