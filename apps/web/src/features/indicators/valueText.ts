import type { IndicatorValue } from '@vardflata/contracts';

type T = (key: string) => string;

/** A figure as text: the number, or why there is none — never a 0 in place of a hidden value. */
export function valueText(v: IndicatorValue | undefined, t: T, lang: 'sv' | 'en'): string {
  if (!v || !v.available) return t('status.notAvailable');
  if (v.suppressed) return t('status.suppressed');
  if (v.value === null) return t('status.noData');
  return new Intl.NumberFormat(lang === 'sv' ? 'sv-SE' : 'en-GB', {
    maximumFractionDigits: 1,
  }).format(v.value);
}

/** The number a chart may draw: none for a hidden or missing figure. */
export const chartValue = (v: IndicatorValue | undefined): number | null =>
  v && v.available && !v.suppressed ? v.value : null;
