import { NEEDS_FIGURES, NEEDS_LABELS, type Lang, type NeedsPrincipal } from '@vardflata/domain';
import type { IndicatorValue } from '@vardflata/contracts';
import { statusOf, WORDS, type ValueStatus } from '../indicators/indicators.presenter.ts';

/**
 * The needs picture in words for the exports: names from the definitions, and a status in
 * place of a number that is hidden or cannot be computed — never a 0 for those.
 */
export const NEEDS_WORDS = {
  sv: {
    title: 'Behovsbild',
    trend: 'Över tid',
    definitions: 'Definitioner',
    dimension: 'Område',
    name: 'Uppgift',
    counting: 'Så räknas den',
    status: 'Status',
    source: 'Källa',
    notAvailable: 'inte tillgänglig (ingen källa)',
    sources: {
      'care-relation': 'Vårdrelationer och personuppgifter',
      criteria: 'Beroendebedömningar (ICD-10, DSM-IV, DSM-5)',
      asi: 'ASI-intervjuer',
      intervention: 'Insatser',
      none: 'Ingen post i Vårdfläta',
    },
  },
  en: {
    title: 'Needs picture',
    trend: 'Over time',
    definitions: 'Definitions',
    dimension: 'Area',
    name: 'Figure',
    counting: 'How it is counted',
    status: 'Status',
    source: 'Source',
    notAvailable: 'not available (no source)',
    sources: {
      'care-relation': 'Care relations and personal details',
      criteria: 'Dependence assessments (ICD-10, DSM-IV, DSM-5)',
      asi: 'ASI interviews',
      intervention: 'Interventions',
      none: 'No record in Vårdfläta',
    },
  },
} as const;

export interface NeedsRow {
  code: string;
  dimension: string;
  name: string;
  value: number | null;
  status: ValueStatus;
  text: string;
}

export function needsRows(values: readonly IndicatorValue[], lang: Lang): NeedsRow[] {
  return values.map((v) => {
    const f = NEEDS_FIGURES.find((x) => x.code === v.code)!;
    const status = statusOf(v);
    const text =
      status === 'shown'
        ? String(v.value)
        : status === 'not-available'
          ? NEEDS_WORDS[lang].notAvailable
          : WORDS[lang].status[status];
    return {
      code: v.code,
      dimension: NEEDS_LABELS.dimension[f.dimension][lang],
      name: f.name[lang],
      value: status === 'shown' ? v.value : null,
      status,
      text,
    };
  });
}

export const principalName = (p: NeedsPrincipal, lang: Lang) => NEEDS_LABELS.principal[p][lang];
