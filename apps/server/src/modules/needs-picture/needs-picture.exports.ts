import { stringify } from 'csv-stringify/sync';
import ExcelJS from 'exceljs';
import { NEEDS_FIGURES, NEEDS_LABELS, type Lang } from '@vardflata/domain';
import type { NeedsPicture } from '@vardflata/contracts';
import { WORDS } from '../indicators/indicators.presenter.ts';
import { NEEDS_WORDS, needsRows, principalName } from './needs-picture.presenter.ts';

/** CSV: one row per period and figure, the whole range first; hidden values are empty. */
export function needsPictureCsv(picture: NeedsPicture, lang: Lang): string {
  const principal = principalName(picture.principal, lang);
  return stringify(
    [picture.total, ...picture.periods].flatMap((period) =>
      needsRows(period.figures, lang).map((r) => ({
        from: period.from,
        to: period.to,
        principal,
        dimension: r.dimension,
        code: r.code,
        name: r.name,
        value: r.value ?? '',
        suppressed: r.status === 'suppressed',
        available: r.status !== 'not-available',
        status: r.status,
        computedAt: picture.computedAt,
        includesTestData: picture.includesTestData,
      })),
    ),
    { header: true, cast: { boolean: (b) => String(b) } },
  );
}

/** A workbook: the range, the trend (a column per period), the definitions and the rule. */
export async function needsPictureXlsx(picture: NeedsPicture, lang: Lang): Promise<Buffer> {
  const w = NEEDS_WORDS[lang];
  const iw = WORDS[lang];
  const book = new ExcelJS.Workbook();
  book.creator = 'Vårdfläta';
  book.created = new Date(picture.computedAt);
  const sheet = book.addWorksheet(w.title);
  sheet.columns = [
    { header: 'code', key: 'code', width: 30 },
    { header: w.dimension, key: 'dimension', width: 24 },
    { header: w.name, key: 'name', width: 40 },
    { header: 'value', key: 'value', width: 10 },
    { header: w.status, key: 'status', width: 30 },
  ];
  for (const r of needsRows(picture.total.figures, lang)) {
    sheet.addRow({ ...r, status: r.status === 'shown' ? '' : r.text });
  }
  sheet.getRow(1).font = { bold: true };

  const trend = book.addWorksheet(w.trend);
  trend.columns = [
    { header: 'code', key: 'code', width: 30 },
    { header: w.name, key: 'name', width: 40 },
    ...picture.periods.map((p, i) => ({ header: `${p.from} – ${p.to}`, key: `p${i}`, width: 24 })),
  ];
  const perPeriod = picture.periods.map((p) => needsRows(p.figures, lang));
  NEEDS_FIGURES.forEach((f, row) => {
    const cells: Record<string, string | number> = { code: f.code, name: f.name[lang] };
    perPeriod.forEach((rows, i) => {
      const r = rows[row]!;
      cells[`p${i}`] = r.status === 'shown' ? r.value! : r.text;
    });
    trend.addRow(cells);
  });
  trend.getRow(1).font = { bold: true };

  const defs = book.addWorksheet(w.definitions);
  defs.columns = [
    { header: 'code', key: 'code', width: 30 },
    { header: w.dimension, key: 'dimension', width: 24 },
    { header: w.name, key: 'name', width: 36 },
    { header: w.source, key: 'source', width: 40 },
    { header: w.counting, key: 'counting', width: 100 },
  ];
  for (const f of NEEDS_FIGURES) {
    defs.addRow({
      code: f.code,
      dimension: NEEDS_LABELS.dimension[f.dimension][lang],
      name: f.name[lang],
      source: w.sources[f.source ?? 'none'],
      counting: f.counting[lang],
    });
  }
  defs.getRow(1).font = { bold: true };
  const info = book.addWorksheet(lang === 'sv' ? 'Om' : 'About');
  info.addRows([
    [w.title, principalName(picture.principal, lang)],
    [iw.period, `${picture.from} – ${picture.to}`],
    [iw.asOf, picture.computedAt],
    [iw.rule],
    ...(picture.includesTestData ? [[iw.testData]] : []),
  ]);
  return Buffer.from(await book.xlsx.writeBuffer());
}
