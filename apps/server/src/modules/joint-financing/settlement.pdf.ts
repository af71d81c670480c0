import type { Settlement } from '@vardflata/contracts';
import { PdfWriter } from '../../util/pdf-writer.ts';
import { money, periodText, WORDS, type Lang } from './settlement.words.ts';

/** The avräkning as PDF: the same report as the screen and the workbook. */
export function renderSettlementPdf(s: Settlement, lang: Lang): Promise<Buffer> {
  const w = WORDS[lang];
  const title = `${w.title} ${periodText(s)}`;
  const pdf = new PdfWriter(title, lang === 'sv' ? 'sv-SE' : 'en-GB');
  pdf.title(title);
  pdf.field(w.period, periodText(s));
  pdf.field(w.columns.note, w.status[s.period.status]);
  pdf.heading(w.totals);
  pdf.items([
    ...s.totals.map((t) => `${t.organisationName}: ${money(t.ore, lang)}`),
    `${w.sum}: ${money(s.totalOre, lang)}`,
  ]);
  pdf.heading(w.operations);
  for (const o of s.operations) {
    pdf.para(o.totalOre === null ? o.name : `${o.name}: ${money(o.totalOre, lang)}`, {
      bold: true,
    });
    if (o.problem) pdf.para(w.problem[o.problem], { size: 10 });
    pdf.items(o.parts.map((p) => `${p.organisationName} (${p.percent} %): ${money(p.ore, lang)}`));
  }
  pdf.heading(w.placements);
  for (const p of s.placements) {
    const head = `${p.reference}, ${p.placingOrganisationName}, ${p.providerUnitName}, ${p.from} – ${p.to}, ${p.days} ${w.columns.days.toLowerCase()}`;
    pdf.para(p.totalOre === null ? head : `${head}: ${money(p.totalOre, lang)}`, { bold: true });
    if (p.totalOre === null) pdf.para(w.noRate, { size: 10 });
    pdf.items(p.parts.map((x) => `${x.organisationName} (${x.percent} %): ${money(x.ore, lang)}`));
  }
  pdf.small(w.rule);
  return pdf.finish();
}
