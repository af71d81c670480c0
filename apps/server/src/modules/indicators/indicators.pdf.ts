import type { Lang } from '@vardflata/domain';
import { INDICATORS } from '@vardflata/domain';
import type { IndicatorGrid, IndicatorValue } from '@vardflata/contracts';
import { PdfWriter } from '../../util/pdf-writer.ts';
import { indicatorRows, scopeName, WORDS } from './indicators.presenter.ts';

const SHEET_OF = { total: 'total', sex: 'sex', 'age-band': 'age-band' } as const;

/** The follow-up report of a period as PDF: the same grid as the screen and the workbook. */
export function renderIndicatorsPdf(
  grid: IndicatorGrid,
  values: readonly IndicatorValue[],
  scope: string,
  lang: Lang,
): Promise<Buffer> {
  const w = WORDS[lang];
  const title = `${w.title} – ${scope}`;
  const pdf = new PdfWriter(title, lang === 'sv' ? 'sv-SE' : 'en-GB');
  pdf.title(title);
  pdf.field(w.period, `${grid.from} – ${grid.to}`);
  pdf.field(
    w.asOf,
    new Intl.DateTimeFormat(w.locale, {
      dateStyle: 'long',
      timeStyle: 'short',
      timeZone: 'Europe/Stockholm',
    }).format(new Date(grid.computedAt)),
  );
  if (grid.includesTestData) pdf.para(w.testData, { bold: true });
  const rows = indicatorRows(values, lang);
  for (const breakdown of Object.keys(SHEET_OF) as (keyof typeof SHEET_OF)[]) {
    pdf.heading(w.sheets[breakdown]);
    pdf.items(
      rows
        .filter((r) => r.breakdown === breakdown)
        .map((r) => `${r.name}: ${r.text}${r.status === 'shown' ? ` ${r.unit}` : ''}`),
    );
  }
  pdf.heading(w.comparison);
  const key = ['persons', 'audit-screenings', 'dudit-screenings', 'sips-established'];
  for (const s of grid.scopes) {
    const line = indicatorRows(s.indicators, lang)
      .filter((r) => key.includes(r.code))
      .map((r) => `${r.name} ${r.text}`)
      .join('; ');
    pdf.para(`${scopeName(grid, s, lang)}: ${line}`, { size: 10 });
  }
  pdf.heading(w.definitions);
  for (const d of INDICATORS.filter((x) => x.breakdown === 'total')) {
    pdf.para(`${d.name[lang]}. ${d.counting[lang]}`, { size: 9 });
  }
  pdf.small(w.rule);
  return pdf.finish();
}
