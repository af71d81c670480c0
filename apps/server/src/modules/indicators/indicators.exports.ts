import { stringify } from 'csv-stringify/sync';
import ExcelJS from 'exceljs';
import { INDICATORS, type Lang } from '@vardflata/domain';
import type { IndicatorGrid, IndicatorValue } from '@vardflata/contracts';
import { indicatorRows, scopeName, WORDS } from './indicators.presenter.ts';

/**
 * CSV of one scope's figures: a header row, one row per indicator; hidden values are empty.
 * `scopeKind` says which level the scope is (county, organisation, reception or unit).
 */
export function indicatorsCsv(
  values: readonly IndicatorValue[],
  meta: {
    from: string;
    to: string;
    scope: string;
    scopeKind: string;
    computedAt: string;
    includesTestData: boolean;
  },
  lang: Lang,
): string {
  const rows = indicatorRows(values, lang);
  return stringify(
    rows.map((r) => ({
      code: r.code,
      value: r.value ?? '',
      suppressed: r.status === 'suppressed',
      available: r.status !== 'not-available',
      name: r.name,
      unit: r.unit,
      status: r.status,
      scope: meta.scope,
      scopeKind: meta.scopeKind,
      from: meta.from,
      to: meta.to,
      computedAt: meta.computedAt,
      includesTestData: meta.includesTestData,
    })),
    { header: true, cast: { boolean: (b) => String(b) } },
  );
}

/**
 * A real workbook, one sheet per breakdown: the scope's totals, by sex, by age band, every
 * organisation, integrated reception and unit side by side (a unit's reception in the last
 * column), and the definitions. A hidden value is an empty cell with its status beside it.
 */
export async function indicatorsXlsx(
  grid: IndicatorGrid,
  values: readonly IndicatorValue[],
  scope: string,
  lang: Lang,
): Promise<Buffer> {
  const w = WORDS[lang];
  const c = w.columns;
  const book = new ExcelJS.Workbook();
  book.creator = 'Vårdfläta';
  book.created = new Date(grid.computedAt);
  const rows = indicatorRows(values, lang);
  const columns = [
    { header: c.code, key: 'code', width: 34 },
    { header: c.name, key: 'name', width: 44 },
    { header: c.value, key: 'value', width: 10 },
    { header: c.status, key: 'status', width: 26 },
    { header: c.unit, key: 'unit', width: 14 },
  ];
  for (const breakdown of ['total', 'sex', 'age-band'] as const) {
    const sheet = book.addWorksheet(w.sheets[breakdown]);
    sheet.columns = columns;
    for (const r of rows.filter((x) => x.breakdown === breakdown)) {
      sheet.addRow({ ...r, status: w.status[r.status] });
    }
    sheet.getRow(1).font = { bold: true };
  }
  const scopes = book.addWorksheet(w.sheets.scopes);
  scopes.columns = [
    { header: c.scopeKind, key: 'kind', width: 14 },
    { header: c.scope, key: 'scope', width: 32 },
    ...columns,
    { header: c.reception, key: 'reception', width: 32 },
  ];
  const receptionName = new Map(
    grid.scopes.filter((s) => s.kind === 'reception').map((s) => [s.id, s.name]),
  );
  for (const s of grid.scopes) {
    for (const r of indicatorRows(s.indicators, lang).filter((x) => x.breakdown === 'total')) {
      scopes.addRow({
        kind: w.kinds[s.kind],
        scope: scopeName(grid, s, lang),
        ...r,
        status: w.status[r.status],
        reception: s.receptionId ? (receptionName.get(s.receptionId) ?? null) : null,
      });
    }
  }
  scopes.getRow(1).font = { bold: true };
  const defs = book.addWorksheet(w.sheets.definitions);
  defs.columns = [
    { header: c.code, key: 'code', width: 34 },
    { header: c.name, key: 'name', width: 40 },
    { header: c.description, key: 'description', width: 70 },
    { header: c.counting, key: 'counting', width: 90 },
  ];
  for (const d of INDICATORS) {
    defs.addRow({
      code: d.code,
      name: d.name[lang],
      description: d.description[lang],
      counting: d.counting[lang],
    });
  }
  defs.getRow(1).font = { bold: true };
  const info = book.addWorksheet(lang === 'sv' ? 'Om' : 'About');
  info.addRows([
    [w.title, scope],
    [w.period, `${grid.from} – ${grid.to}`],
    [w.asOf, grid.computedAt],
    [w.rule],
    ...(grid.includesTestData ? [[w.testData]] : []),
  ]);
  return Buffer.from(await book.xlsx.writeBuffer());
}
