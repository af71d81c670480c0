import type { Period } from '../repositories/indicator-source.repository.ts';

/** Calendar periods (month, quarter, year) from `from` to `to`, clipped to the range. */
export function periodsBetween(
  from: string,
  to: string,
  step: 'month' | 'quarter' | 'year',
): Period[] {
  const months = step === 'month' ? 1 : step === 'quarter' ? 3 : 12;
  const periods: Period[] = [];
  let [y, m] = from.split('-').map(Number) as [number, number];
  m = Math.floor((m - 1) / months) * months + 1;
  for (let i = 0; i < 240; i++) {
    const start = `${y}-${String(m).padStart(2, '0')}-01`;
    if (start > to) break;
    const endMonth = m + months - 1;
    const last = new Date(Date.UTC(y, endMonth, 0)).toISOString().slice(0, 10);
    periods.push({ from: start < from ? from : start, to: last > to ? to : last });
    m += months;
    if (m > 12) {
      y += 1;
      m -= 12;
    }
  }
  return periods;
}
