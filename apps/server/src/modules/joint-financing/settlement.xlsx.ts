import ExcelJS from 'exceljs';
import type { Settlement } from '@vardflata/contracts';
import { periodText, WORDS, type Lang } from './settlement.words.ts';

/**
 * The avräkning as a real workbook, one sheet per breakdown: owed per principal, per joint
 * operation, per placement. Amounts are whole öre in number cells (sums are exact).
 */
export async function settlementXlsx(s: Settlement, lang: Lang): Promise<Buffer> {
  const w = WORDS[lang];
  const c = w.columns;
  const book = new ExcelJS.Workbook();
  book.creator = 'Vårdfläta';
  const totals = book.addWorksheet(w.totals);
  totals.columns = [
    { header: c.organisation, key: 'organisation', width: 32 },
    { header: c.ore, key: 'ore', width: 18 },
  ];
  for (const t of s.totals) totals.addRow({ organisation: t.organisationName, ore: t.ore });
  totals.addRow({ organisation: w.sum, ore: s.totalOre }).font = { bold: true };

  const ops = book.addWorksheet(w.operations);
  ops.columns = [
    { header: c.operation, key: 'operation', width: 36 },
    { header: c.key, key: 'key', width: 14 },
    { header: c.total, key: 'total', width: 16 },
    { header: c.organisation, key: 'organisation', width: 28 },
    { header: c.percent, key: 'percent', width: 12 },
    { header: c.ore, key: 'ore', width: 16 },
    { header: c.note, key: 'note', width: 40 },
  ];
  for (const o of s.operations) {
    const base = { operation: o.name, key: o.keyVersion, total: o.totalOre };
    if (o.problem) ops.addRow({ ...base, note: w.problem[o.problem] });
    for (const p of o.parts)
      ops.addRow({ ...base, organisation: p.organisationName, percent: p.percent, ore: p.ore });
  }

  const pls = book.addWorksheet(w.placements);
  pls.columns = [
    { header: c.reference, key: 'reference', width: 18 },
    { header: c.placing, key: 'placing', width: 24 },
    { header: c.provider, key: 'provider', width: 28 },
    { header: c.from, key: 'from', width: 12 },
    { header: c.to, key: 'to', width: 12 },
    { header: c.days, key: 'days', width: 8 },
    { header: c.rate, key: 'rate', width: 16 },
    { header: c.total, key: 'total', width: 16 },
    { header: c.organisation, key: 'organisation', width: 28 },
    { header: c.percent, key: 'percent', width: 12 },
    { header: c.ore, key: 'ore', width: 16 },
    { header: c.note, key: 'note', width: 36 },
  ];
  for (const p of s.placements) {
    const base = {
      reference: p.reference,
      placing: p.placingOrganisationName,
      provider: p.providerUnitName,
      from: p.from,
      to: p.to,
      days: p.days,
      rate: p.dailyRateOre,
      total: p.totalOre,
    };
    if (p.totalOre === null) pls.addRow({ ...base, note: w.noRate });
    for (const part of p.parts)
      pls.addRow({
        ...base,
        organisation: part.organisationName,
        percent: part.percent,
        ore: part.ore,
      });
  }
  for (const sheet of [totals, ops, pls]) sheet.getRow(1).font = { bold: true };
  const info = book.addWorksheet(lang === 'sv' ? 'Om' : 'About');
  info.addRows([[w.title], [w.period, periodText(s)], [w.status[s.period.status]], [w.rule]]);
  return Buffer.from(await book.xlsx.writeBuffer());
}
