import PDFDocument from 'pdfkit';
import { OPEN_STATUSES, SIP_STATUS_LABELS } from '@vardflata/domain';
import { todayInStockholm } from '../../util/time.ts';
import type { SipDetail } from '@vardflata/contracts';
import {
  formatDate,
  formatMeetingTime,
  goalStatusText,
  interventionStatusText,
  OUTCOME_SV,
  PRINCIPAL_SV,
  type OwnView,
} from './sip.text.ts';

/**
 * The SIP as PDF in Swedish (F3): the plan for participants, the person's own view, and the
 * invitation letter (kallelse). Helvetica's WinAnsi covers å, ä, ö and é; anything outside it
 * (emoji, other scripts) is replaced rather than printed as garbage.
 */

const WIN_ANSI_EXTRA = new Set('€‚ƒ„…†‡ˆ‰Š‹ŒŽ‘’“”•–—˜™š›œžŸ');
function safe(text: string): string {
  return [...text]
    .map((ch) => {
      const code = ch.codePointAt(0)!;
      if (ch === '\n' || (code >= 0x20 && code <= 0x7e) || (code >= 0xa0 && code <= 0xff))
        return ch;
      return WIN_ANSI_EXTRA.has(ch) ? ch : '?';
    })
    .join('');
}

class Writer {
  readonly doc: PDFKit.PDFDocument;
  private readonly done: Promise<Buffer>;

  constructor(title: string) {
    this.doc = new PDFDocument({
      size: 'A4',
      margin: 56,
      lang: 'sv-SE',
      info: { Title: safe(title), Author: 'Vårdfläta', Creator: 'Vårdfläta' },
    });
    const chunks: Buffer[] = [];
    this.done = new Promise((resolve, reject) => {
      this.doc.on('data', (c: Buffer) => chunks.push(c));
      this.doc.on('end', () => resolve(Buffer.concat(chunks)));
      this.doc.on('error', reject);
    });
  }

  title(text: string) {
    this.doc.font('Helvetica-Bold').fontSize(18).text(safe(text)).moveDown(0.4);
  }
  heading(text: string) {
    this.doc.moveDown(0.6).font('Helvetica-Bold').fontSize(13).text(safe(text)).moveDown(0.2);
  }
  para(text: string, options: { bold?: boolean; size?: number } = {}) {
    this.doc
      .font(options.bold ? 'Helvetica-Bold' : 'Helvetica')
      .fontSize(options.size ?? 11)
      .text(safe(text), { paragraphGap: 4 });
  }
  field(label: string, value: string) {
    this.doc
      .font('Helvetica-Bold')
      .fontSize(11)
      .text(`${safe(label)}: `, { continued: true });
    this.doc.font('Helvetica').text(safe(value));
  }
  items(list: string[]) {
    for (const item of list) this.para(`•  ${item}`);
  }
  small(text: string) {
    this.doc.moveDown(1).font('Helvetica').fontSize(9).fillColor('#555555').text(safe(text));
    this.doc.fillColor('#000000');
  }
  finish(): Promise<Buffer> {
    this.doc.end();
    return this.done;
  }
}

/** The first meeting as it stands: held on a day, booked and still to come, or none. */
function firstMeetingText(detail: SipDetail): string {
  const wait = detail.timing.proposalToFirstMeeting;
  if (detail.firstMeetingOn && wait.days !== null) {
    return `${formatDate(detail.firstMeetingOn)} (${wait.days} ${wait.days === 1 ? 'dag' : 'dagar'} efter förslaget)`;
  }
  if (!OPEN_STATUSES.includes(detail.status)) return 'Inget möte hölls';
  const booked = detail.meetings.filter((m) => m.status === 'scheduled' && m.startsAt).at(-1);
  return booked
    ? `Inte hållet ännu; bokat till ${formatMeetingTime(booked.startsAt!)}`
    : 'Inte hållet ännu';
}

const nameOf = (names: Map<string, string>, id: string | null | undefined) =>
  (id && names.get(id)) || null;

/** The whole plan for the participants: every item the law asks for, in the plan's order. */
export function renderPlanPdf(
  detail: SipDetail,
  names: Map<string, string>,
  printed: { by: string; on: string },
): Promise<Buffer> {
  const w = new Writer('Samordnad individuell plan (SIP)');
  const plan = detail.plan;
  const person = detail.person;
  w.title('Samordnad individuell plan (SIP)');
  w.field(
    'Den enskilde',
    person.givenName === null ? 'Skyddad identitet' : `${person.givenName} ${person.familyName}`,
  );
  w.field('Personnummer', person.personalIdentityNumber);
  w.field(
    'Status',
    `${SIP_STATUS_LABELS[detail.status].sv}${detail.frozen ? ' (fryst: samtycket gäller inte)' : ''}`,
  );
  w.field(
    'Planens version',
    `${detail.planVersion}, sparad ${formatDate(todayInStockholm(new Date(detail.planSavedAt)))} av ${detail.planSavedBy.name}`,
  );
  w.field('Ansvarig verksamhet', `${detail.unit.name}, ${detail.organisation.name}`);
  w.field('Föreslagen', formatDate(detail.proposal.on));
  w.field('Första mötet', firstMeetingText(detail));
  if (detail.activatedOn) w.field('Fastställd', formatDate(detail.activatedOn));

  w.heading('1. Problem och behov');
  w.para(plan.problemAndNeeds.trim() || '–');
  w.heading('Den enskildes egna ord och önskemål');
  w.para(plan.ownWords.trim() || '–');

  w.heading('Mål');
  for (const horizon of ['short', 'long'] as const) {
    const goals = plan.goals.filter((g) => g.horizon === horizon);
    w.para(horizon === 'short' ? 'På kort sikt:' : 'På lång sikt:', { bold: true });
    w.items(goals.length ? goals.map((g) => g.text) : ['–']);
  }

  w.heading('2. Insatser och vem som ansvarar');
  if (plan.interventions.length === 0) w.para('–');
  for (const i of plan.interventions) {
    w.para(i.description, { bold: true });
    const who =
      i.principal === 'other'
        ? `Annan aktör: ${i.otherActor ?? '–'}`
        : `${PRINCIPAL_SV[i.principal]}: ${[nameOf(names, i.unitId), nameOf(names, i.organisationId)].filter(Boolean).join(', ') || '–'}`;
    w.items([
      `Huvudman: ${who}`,
      `Ansvarig: ${i.responsible?.name ?? '–'}`,
      `Mål: ${
        plan.goals
          .filter((g) => i.goalIds.includes(g.id))
          .map((g) => g.text)
          .join('; ') || '–'
      }`,
      ...(i.startOn || i.endOn
        ? [`Period: ${formatDate(i.startOn)} – ${formatDate(i.endOn)}`]
        : []),
    ]);
  }

  w.heading('3. Insatser av andra än region och kommun');
  if (plan.measuresByOthers.length > 0) {
    w.items(plan.measuresByOthers.map((m) => `${m.actor}: ${m.description}`));
  } else {
    w.para(plan.measuresByOthersNone ? 'Inga.' : 'Inte angivet.');
  }

  w.heading('4. Övergripande ansvar');
  w.para(plan.overallResponsibility ? PRINCIPAL_SV[plan.overallResponsibility]! : 'Inte angivet.');
  w.heading('5. Samordningsansvarig och uppföljning');
  w.field('Samordningsansvarig', plan.coordinator?.name ?? 'Inte angivet');
  w.field('Nästa uppföljning', formatDate(plan.nextFollowUpOn));

  if (detail.participants.length > 0) {
    w.heading('Deltagare');
    w.items(
      detail.participants.map((p) => {
        // A unit participant is named by its unit already: add only its organisation.
        const place = p.kind === 'unit' ? [p.organisationName] : [p.unitName, p.organisationName];
        const where = place.filter(Boolean).join(', ');
        const answer = { pending: 'inte svarat', accepted: 'kommer', declined: 'kommer inte' }[
          p.invitation
        ];
        return `${p.name}${p.role ? ` (${p.role})` : ''}${where ? `, ${where}` : ''} – ${answer}`;
      }),
    );
  }

  if (detail.followUps.length > 0) {
    w.heading('Uppföljningar');
    for (const f of detail.followUps) {
      w.para(`Uppföljning ${formatDate(f.heldOn)} (version ${f.planVersion})`, { bold: true });
      w.items([
        ...f.goals.map((g) => {
          const goal = plan.goals.find((x) => x.id === g.goalId)?.text ?? g.goalId;
          return `Mål "${goal}": ${goalStatusText(g.status)}${g.note ? ` – ${g.note}` : ''}`;
        }),
        ...f.interventions.map((iv) => {
          const text =
            plan.interventions.find((x) => x.id === iv.interventionId)?.description ??
            iv.interventionId;
          const why = iv.reason ? ` – ${iv.reason}` : iv.note ? ` – ${iv.note}` : '';
          return `Insats "${text}": ${interventionStatusText(iv.status)}${why}`;
        }),
      ]);
    }
  }

  if (detail.ending) {
    w.heading('Avslut');
    w.para(
      detail.ending.kind === 'closed'
        ? `Avslutad ${formatDate(detail.ending.on)}: ${OUTCOME_SV[detail.ending.outcome ?? 'other']}.`
        : `${detail.ending.kind === 'refused' ? 'Avböjd' : 'Återtagen'} ${formatDate(detail.ending.on)}: ${detail.ending.reason ?? ''}`,
    );
  }
  w.small(
    `Utskriven ${formatDate(printed.on)} av ${printed.by} ur Vårdfläta. Handlingen innehåller ` +
      'uppgifter som omfattas av sekretess.',
  );
  return w.finish();
}

/** The person's own view in plain Swedish, to hand over. */
export function renderOwnViewPdf(view: OwnView, printedOn: string): Promise<Buffer> {
  const w = new Writer(view.title);
  w.title(view.title);
  w.para(view.intro, { size: 12 });
  for (const s of view.sections) {
    w.heading(s.heading);
    for (const p of s.paragraphs) w.para(p, { size: 12 });
    w.items(s.items);
  }
  w.small(`Utskriven ${formatDate(printedOn)}.`);
  return w.finish();
}

export interface LetterData {
  personName: string | null;
  startsAt: Date;
  durationMinutes: number | null;
  place: string | null;
  videoLink: string | null;
  message: string | null;
  participants: string[];
  relativesWelcome: boolean;
  contact: { name: string; unit: string; organisation: string };
  printedOn: string;
}

/** The invitation (kallelse) to the person, in plain Swedish. */
export function renderInvitationLetter(data: LetterData): Promise<Buffer> {
  const w = new Writer('Kallelse till SIP-möte');
  w.title('Kallelse till möte om din plan (SIP)');
  w.para(data.personName ? `Hej ${data.personName}!` : 'Hej!', { size: 12 });
  w.para(
    'Du är välkommen till ett möte där vi tillsammans gör en samordnad individuell plan, en SIP. ' +
      'I planen skriver vi vad du behöver hjälp med, vad du vill uppnå och vem som gör vad.',
    { size: 12 },
  );
  w.heading('När och var');
  w.field('Tid', formatMeetingTime(data.startsAt));
  if (data.durationMinutes) w.field('Mötet tar ungefär', `${data.durationMinutes} minuter`);
  if (data.place) w.field('Plats', data.place);
  if (data.videoLink) w.field('Videolänk', data.videoLink);
  if (data.message) {
    w.heading('Meddelande');
    w.para(data.message, { size: 12 });
  }
  if (data.participants.length > 0) {
    w.heading('Vilka som är inbjudna');
    w.items(data.participants);
  }
  w.heading('Bra att veta');
  w.items([
    'Det är du som bestämmer om du vill ha en SIP. Du kan ändra dig när du vill.',
    'Du får gärna tänka igenom före mötet vad som är viktigast för dig.',
    ...(data.relativesWelcome ? ['Du får ta med en närstående om du vill.'] : []),
    'Om tiden inte passar, hör av dig så hittar vi en ny tid.',
  ]);
  w.heading('Frågor');
  w.para(`Kontakta ${data.contact.name}, ${data.contact.unit}, ${data.contact.organisation}.`, {
    size: 12,
  });
  w.small(`Kallelsen är utskriven ${formatDate(data.printedOn)} ur Vårdfläta.`);
  return w.finish();
}
