import type { FollowUp } from '@vardflata/contracts';
import { ASSESSMENT_LABELS, DEVIATION_CATEGORY_LABELS } from '@vardflata/domain';
import { PdfWriter } from '../../util/pdf-writer.ts';

/**
 * The year's follow-up report (F14) in Swedish: the checklist with each assessment and comment,
 * the year's deviations, staff trained (under Kvalitet), and the action plan.
 */
const STATUS_SV = { open: 'Pågår', done: 'Genomförd', 'not-done': 'Ej genomförd' } as const;
const LEVEL_SV = { local: 'Lokal nivå', county: 'Länsnivå' } as const;

export function renderFollowUpPdf(f: FollowUp, printedOn: string): Promise<Buffer> {
  const title = `Årlig uppföljning ${f.year} – ${f.agreementTitle}`;
  const w = new PdfWriter(title);
  w.title(title);
  w.field('Utskrivet', printedOn);
  for (const area of f.areas) {
    w.heading(area.title);
    for (const s of area.statements) {
      w.para(s.text, { bold: true, size: 10 });
      const verdict = s.assessment ? ASSESSMENT_LABELS[s.assessment].sv : 'Ej bedömt';
      w.para(s.comment ? `${verdict}. ${s.comment}` : `${verdict}.`, { size: 10 });
    }
    if (area.code === 'quality' && f.competence.length > 0) {
      w.para('Utbildad personal per enhet:', { bold: true, size: 10 });
      w.items(f.competence.map((c) => `${c.unitName}, ${c.training}: ${c.trained} av ${c.staff}`));
    }
  }
  w.heading(`Avvikelser ${f.deviations.from} – ${f.deviations.to}`);
  w.items([
    ...f.deviations.categories.map(
      (c) =>
        `${DEVIATION_CATEGORY_LABELS[c.category].sv}: ${c.reported} (stängda ${c.closed}, öppna ${
          c.open + c.answered
        })`,
    ),
    `Totalt: ${f.deviations.total}`,
  ]);
  w.heading('Handlingsplan');
  if (f.actions.length === 0) w.para('Ingen åtgärd är beslutad.');
  for (const a of f.actions) {
    w.para(`${LEVEL_SV[a.level]}: ${a.text}`, { bold: true, size: 10 });
    w.para(
      `Ansvarig: ${a.owner}. Senast ${a.deadline}. ${STATUS_SV[a.status]}${
        a.followUpNote ? ` – ${a.followUpNote}` : ''
      }.`,
      { size: 10 },
    );
  }
  return w.finish();
}
