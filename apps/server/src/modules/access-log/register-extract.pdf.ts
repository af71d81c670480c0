import type { RegisterExtract, RegisterExtractEntry } from '@vardflata/contracts';
import { PdfWriter } from '../../util/pdf-writer.ts';

/**
 * The register extract (registerutdrag) as the PDF handed to the person: plain words, grouped
 * per day, unit and kind of access; no codes and no ids. Swedish, or English on request.
 */

const TEXT = {
  sv: {
    title: 'Registerutdrag – vem har tagit del av dina uppgifter',
    to: 'Till',
    number: 'Personnummer',
    from: 'Från',
    period: 'Period',
    wholeLog: 'hela tiden som loggen omfattar',
    printed: 'Utskrivet',
    protectedName: 'Skyddad identitet',
    intro: (org: string) =>
      `Här ser du när personal hos ${org} har läst eller ändrat uppgifter om dig i Vårdfläta. ` +
      'Varje rad visar vilken enhet det var, vad de gjorde och hur många gånger. ' +
      'Andra vårdgivare och kommuner lämnar egna utdrag om sina enheter.',
    none: (org: string) => `Ingen hos ${org} har tagit del av dina uppgifter under perioden.`,
    times: (n: number) => (n === 1 ? '1 gång' : `${n} gånger`),
    at: 'kl.',
    questions: (org: string) =>
      `Har du frågor om utdraget, eller tycker du att någon har tagit del av dina uppgifter utan ` +
      `anledning? Kontakta ${org}.`,
    locale: 'sv-SE',
  },
  en: {
    title: 'Register extract – who has accessed your records',
    to: 'To',
    number: 'Personal identity number',
    from: 'From',
    period: 'Period',
    wholeLog: 'all the time the log covers',
    printed: 'Printed',
    protectedName: 'Protected identity',
    intro: (org: string) =>
      `This shows when staff of ${org} read or changed records about you in Vårdfläta. ` +
      'Each line shows which unit it was, what they did and how many times. ' +
      'Other care providers and municipalities give their own extracts about their units.',
    none: (org: string) => `No one at ${org} accessed your records during the period.`,
    times: (n: number) => (n === 1 ? 'once' : `${n} times`),
    at: 'at',
    questions: (org: string) =>
      'If you have questions about the extract, or think someone has accessed your records ' +
      `without reason, contact ${org}.`,
    locale: 'en-GB',
  },
} as const;

const pin = (n: string) => (n.length === 12 ? `${n.slice(0, 8)}-${n.slice(8)}` : n);

function dayText(date: string, locale: string): string {
  const text = new Intl.DateTimeFormat(locale, {
    weekday: 'long',
    day: 'numeric',
    month: 'long',
    year: 'numeric',
    timeZone: 'UTC',
  }).format(new Date(`${date}T12:00:00Z`));
  return text.charAt(0).toUpperCase() + text.slice(1);
}

function timeText(iso: string, locale: string): string {
  return new Intl.DateTimeFormat(locale, {
    hour: '2-digit',
    minute: '2-digit',
    timeZone: 'Europe/Stockholm',
  }).format(new Date(iso));
}

/** "Beroendecentrum läste dina screeningar (3 gånger, kl. 09:12–14:30)". */
export function entryLine(entry: RegisterExtractEntry, lang: 'sv' | 'en'): string {
  const x = TEXT[lang];
  const first = timeText(entry.firstAt, x.locale);
  const last = timeText(entry.lastAt, x.locale);
  const when = first === last ? `${x.at} ${first}` : `${x.at} ${first}–${last}`;
  return `${entry.place} ${entry.text[lang]} (${x.times(entry.count)}, ${when})`;
}

export function renderRegisterExtractPdf(
  extract: RegisterExtract,
  lang: 'sv' | 'en',
): Promise<Buffer> {
  const x = TEXT[lang];
  const w = new PdfWriter(x.title, lang === 'sv' ? 'sv-SE' : 'en-GB');
  w.title(x.title);
  w.field(x.to, extract.person.name ?? x.protectedName);
  w.field(x.number, pin(extract.person.personalIdentityNumber));
  w.field(x.from, extract.organisationName);
  w.field(
    x.period,
    extract.from || extract.to
      ? `${extract.from ? dayText(extract.from, x.locale) : ''} – ${
          extract.to ? dayText(extract.to, x.locale) : ''
        }`.trim()
      : x.wholeLog,
  );
  w.field(x.printed, dayText(extract.generatedOn, x.locale));
  w.doc.moveDown(0.6);
  w.para(x.intro(extract.organisationName));
  if (extract.days.length === 0) w.para(x.none(extract.organisationName));
  for (const day of extract.days) {
    w.heading(dayText(day.date, x.locale));
    w.items(day.entries.map((e) => entryLine(e, lang)));
  }
  w.small(x.questions(extract.organisationName));
  return w.finish();
}
