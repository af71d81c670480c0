import type { LocalizedText } from '../instruments/types.ts';
import { addDays, daysBetween } from '../sip/dates.ts';

/**
 * The LVM/LVU process checklist (lathund) the two principals wrote together (seed 000), as data:
 * each step, the step its statutory time limit counts from, the limit and the section it rests
 * on, and how far the limit was confirmed. Decision record 0019-a says which retrieved text each
 * limit rests on. A limit that no retrieved text states is not coded: the step says so instead.
 *
 * LVM = lag (1988:870) om vård av missbrukare i vissa fall;
 * LVU = lag (1990:52) med särskilda bestämmelser om vård av unga.
 */
export const COERCIVE_CARE_KINDS = ['lvm', 'lvu'] as const;
export type CoerciveCareKind = (typeof COERCIVE_CARE_KINDS)[number];

export const COERCIVE_CARE_STEPS = [
  'report',
  'investigation',
  'medical-certificate',
  'immediate-custody',
  'submission',
  'custody-confirmed',
  'application',
  'care-ruling',
  'care-started',
  'care-outside',
  'review',
  'care-ended',
] as const;
export type CoerciveCareStep = (typeof COERCIVE_CARE_STEPS)[number];

/**
 * How far a limit was confirmed: `act-text` — the act's own wording was read on the page;
 * `restated` — the page states the rule and names the section, but the act's current wording
 * was not retrieved. Both are shown to the user with the source.
 */
export type LimitConfirmation = 'act-text' | 'restated';

export interface StatutoryLimit {
  /** The step whose date the limit counts from. */
  from: CoerciveCareStep;
  days?: number;
  months?: number;
  /** e.g. "15 § LVM". */
  section: string;
  confirmation: LimitConfirmation;
  /** The page the limit was read on (decision record 0019-a). */
  source: string;
  /** The wording relied on, in Swedish as found. */
  wording: string;
}

export interface ChecklistStep {
  step: CoerciveCareStep;
  /** The section the step is done under, where a retrieved text names it. */
  section: string | null;
  /** Only when an earlier step was taken (e.g. submission only after immediate custody). */
  onlyAfter?: CoerciveCareStep;
  /** Recording it ends the process. */
  ends?: boolean;
  /** Done again and again (LVU review): the next limit counts from the last time. */
  repeats?: boolean;
  limit: StatutoryLimit | null;
  /** Why there is no limit, or what the limit leaves out; shown with the step. */
  note: LocalizedText | null;
}

const t = (sv: string, en: string): LocalizedText => ({ sv, en });

const NO_FIXED_LIMIT = t(
  'Ingen fast tidsfrist i de lagtexter som kunnat hämtas – kontrollera mot gällande lydelse.',
  'No fixed time limit in the texts of the act that could be retrieved – check the act in force.',
);
const LYSATOR_LVM = 'https://lagen.lysator.liu.se/w/index.php/SFS/1988:870';
const SOCIALJURIDIK_12 =
  'http://socialjuridik.se/index.php?visa=rutor&show=guide&las=lagtext&tid_1=40&tid_2=90&tid_3=0&id_1=245&id_2=0&id_3=0';
const SOCIALJURIDIK_17_18 =
  'http://socialjuridik.se/index.php?visa=rutor&show=allmanna_rad&id_1=50&id_2=20&id_3=0';
const JO_6383_2009 = 'https://lagen.nu/avg/jo/6383-2009';
const LAWLINE_LVM_20 = 'https://lawline.se/answers/inledande-av-ny-vardtid-efter-nyss-avslutad-lvm';
const LAWLINE_LVU_7 =
  'https://lawline.se/answers/nar-ska-beslut-om-omedelbart-lvu-omhandertagande-understallas-forvaltningsratten';
const KOLLPASOC_LVU = 'https://kollpasoc.se/om-soc/lagar-och-regler/lvu/omedelbart-omhandertagande';
const NKMR_LVU = 'https://nkmr.org/sv/om-nkmr/sv-arkivet/lagtexten-lvu';
const SOCFAMRATT_LVU_13 = 'https://socfamratt.se/aemnen/lvu/710-vard-enligt-lvu';

export const COERCIVE_CARE_CHECKLIST: Record<CoerciveCareKind, readonly ChecklistStep[]> = {
  lvm: [
    { step: 'report', section: '6 § LVM', limit: null, note: null },
    { step: 'investigation', section: '7 § LVM', limit: null, note: NO_FIXED_LIMIT },
    { step: 'medical-certificate', section: '9 § LVM', limit: null, note: NO_FIXED_LIMIT },
    { step: 'immediate-custody', section: '13 § LVM', limit: null, note: null },
    {
      step: 'submission',
      section: '15 § LVM',
      onlyAfter: 'immediate-custody',
      limit: {
        from: 'immediate-custody',
        days: 1,
        section: '15 § LVM',
        confirmation: 'restated',
        source: LYSATOR_LVM,
        wording:
          'Har socialnämnden beslutat om omedelbart omhändertagande, skall beslutet enligt 15 § LVM utan dröjsmål och senast dagen efter beslutet underställas länsrätten.',
      },
      note: null,
    },
    {
      step: 'custody-confirmed',
      section: '17 § LVM',
      onlyAfter: 'submission',
      limit: {
        from: 'submission',
        days: 4,
        section: '17 § LVM',
        confirmation: 'restated',
        source: SOCIALJURIDIK_17_18,
        wording:
          'Prövningen skall ske inom fyra dagar från det att beslutet underställs rätten […] Tidsfristen får förlängas till en vecka, om det på grund av någon särskild omständighet är nödvändigt.',
      },
      note: t(
        'Fristen är rättens; den kan förlängas till en vecka.',
        'The limit is the court’s; it may be extended to one week.',
      ),
    },
    {
      step: 'application',
      section: '11 § LVM',
      limit: {
        from: 'custody-confirmed',
        days: 7,
        section: '18 § LVM',
        confirmation: 'restated',
        source: JO_6383_2009,
        wording:
          'Av 18 § LVM framgår att om omhändertagande har beslutats enligt 13 § ska ansökan om tvångsvård ha kommit in till länsrätten inom en vecka från det att länsrätten meddelade beslut att omhändertagandet skulle bestå.',
      },
      note: t(
        'Fristen gäller bara vid omedelbart omhändertagande; annars har lagtexten ingen fast frist.',
        'The limit applies only after immediate custody; otherwise the act sets no fixed limit.',
      ),
    },
    { step: 'care-ruling', section: '5 § LVM', limit: null, note: null },
    {
      step: 'care-started',
      section: '12 § LVM',
      onlyAfter: 'care-ruling',
      limit: {
        from: 'care-ruling',
        days: 28,
        section: '12 § LVM',
        confirmation: 'act-text',
        source: SOCIALJURIDIK_12,
        wording:
          'Rättens beslut upphör att gälla, om vården inte har påbörjats inom fyra veckor från den dag då beslutet vann laga kraft. Lag (2001:464).',
      },
      note: t(
        'Räknas från dagen då domen vann laga kraft – registrera den dagen som datum för domen.',
        'Counted from the day the ruling gained legal force – record that day as the ruling’s date.',
      ),
    },
    {
      step: 'care-outside',
      section: '27 § LVM',
      onlyAfter: 'care-started',
      limit: null,
      note: t(
        'Vård i annan form (familjehem, HVB eller öppnare former) enligt plan (28 § LVM).',
        'Care in another form (family home, HVB or more open forms) under a plan (28 § LVM).',
      ),
    },
    {
      step: 'care-ended',
      section: '20 § LVM',
      ends: true,
      limit: {
        from: 'care-started',
        months: 6,
        section: '20 § LVM',
        confirmation: 'restated',
        source: LAWLINE_LVM_20,
        wording:
          'Vård enligt Lag om vård av missbrukare i vissa fall, LVM, ska upphöra senast 6 månader efter den påbörjats, 20§ LVM.',
      },
      note: t(
        'Lagens egen lydelse av 20 § har inte kunnat hämtas; fristen bygger på en återgivning. Vården ska upphöra tidigare om syftet är uppnått.',
        'The act’s own wording of 20 § could not be retrieved; the limit rests on a restatement. Care ends earlier when its purpose is met.',
      ),
    },
  ],
  lvu: [
    { step: 'report', section: null, limit: null, note: null },
    { step: 'investigation', section: null, limit: null, note: NO_FIXED_LIMIT },
    { step: 'medical-certificate', section: null, limit: null, note: NO_FIXED_LIMIT },
    { step: 'immediate-custody', section: '6 § LVU', limit: null, note: null },
    {
      step: 'submission',
      section: '7 § LVU',
      onlyAfter: 'immediate-custody',
      limit: {
        from: 'immediate-custody',
        days: 7,
        section: '7 § LVU',
        confirmation: 'restated',
        source: LAWLINE_LVU_7,
        wording:
          'beslutet [ska] underställas förvaltningsrätten inom en vecka från den dag beslutet fattades (se 7 § första stycket LVU).',
      },
      note: t(
        'Underställs inte beslutet i tid upphör omhändertagandet.',
        'If the decision is not submitted in time, the custody ends.',
      ),
    },
    {
      step: 'custody-confirmed',
      section: '7 § LVU',
      onlyAfter: 'submission',
      limit: {
        from: 'submission',
        days: 7,
        section: '7 § LVU',
        confirmation: 'restated',
        source: LAWLINE_LVU_7,
        wording:
          'Beslutet ska sedan prövas så snart det kan ske och som regel inom en vecka från det att beslutet kom till förvaltningsrätten om det inte föreligger synnerliga hinder, 7 § 2 st. LVU.',
      },
      note: t('Fristen är rättens.', 'The limit is the court’s.'),
    },
    {
      step: 'application',
      section: '4 § LVU',
      limit: {
        from: 'immediate-custody',
        days: 28,
        section: '8 § LVU',
        confirmation: 'restated',
        source: KOLLPASOC_LVU,
        wording:
          'Om förvaltningsrätten håller med om att du ska vara omhändertagen ska soc ansöka om att du ska bli LVU:ad. Det måste de göra senast fyra veckor efter det att du blev omedelbart omhändertagen.',
      },
      note: t(
        'Lagens lydelse av 8 § har inte kunnat hämtas, och källorna anger olika startdag (omhändertagandet eller rättens fastställelse). Fristen räknas här från beslutet om omedelbart omhändertagande, den tidigaste dagen. Rätten kan förlänga tiden.',
        'The act’s wording of 8 § could not be retrieved, and the sources name different start days (the custody or the court’s confirmation). The limit here counts from the custody decision, the earliest day. The court may extend it.',
      ),
    },
    { step: 'care-ruling', section: '4 § LVU', limit: null, note: null },
    {
      step: 'care-started',
      section: '5 § LVU',
      onlyAfter: 'care-ruling',
      limit: {
        from: 'care-ruling',
        days: 28,
        section: '5 § LVU',
        confirmation: 'act-text',
        source: NKMR_LVU,
        wording:
          '5 § Rättens beslut om vård upphör att gälla, om vården inte har påbörjats inom fyra veckor från den dag då beslutet vann laga kraft.',
      },
      note: t(
        'Räknas från dagen då domen vann laga kraft – registrera den dagen som datum för domen.',
        'Counted from the day the ruling gained legal force – record that day as the ruling’s date.',
      ),
    },
    {
      step: 'review',
      section: '13 § LVU',
      onlyAfter: 'care-started',
      repeats: true,
      limit: {
        from: 'care-started',
        months: 6,
        section: '13 § LVU',
        confirmation: 'restated',
        source: SOCFAMRATT_LVU_13,
        wording:
          'Har den unge beretts vård med stöd av 2 §, ska socialnämnden minst en gång var sjätte månad överväga om vård enligt lagen fortfarande behövs […] (13 § första stycket LVU).',
      },
      note: t(
        'Övervägande (2 §) eller omprövning (3 §) minst var sjätte månad; nästa räknas från den senaste.',
        'Consideration (2 §) or reconsideration (3 §) at least every six months; the next counts from the last.',
      ),
    },
    {
      step: 'care-ended',
      section: '21 § LVU',
      ends: true,
      limit: null,
      note: t(
        'Vården upphör när den inte längre behövs, senast vid 18 år (2 §) eller 21 år (3 §); ingen frist räknas här.',
        'Care ends when no longer needed, at the latest at 18 (2 §) or 21 (3 §); no limit is computed here.',
      ),
    },
  ],
};

export const COERCIVE_CARE_LABELS = {
  kind: {
    lvm: t('LVM – vård av missbrukare', 'LVM – compulsory care of adults with addiction'),
    lvu: t('LVU – vård av unga', 'LVU – compulsory care of young people'),
  } satisfies Record<CoerciveCareKind, LocalizedText>,
  step: {
    report: t('Anmälan har kommit in', 'Report received'),
    investigation: t('Utredning inledd', 'Investigation opened'),
    'medical-certificate': t(
      'Läkarundersökning och läkarintyg',
      'Medical examination and certificate',
    ),
    'immediate-custody': t('Beslut om omedelbart omhändertagande', 'Decision on immediate custody'),
    submission: t(
      'Beslutet underställt förvaltningsrätten',
      'Decision submitted to the administrative court',
    ),
    'custody-confirmed': t(
      'Förvaltningsrätten har prövat omhändertagandet',
      'The court has ruled on the custody',
    ),
    application: t(
      'Ansökan om vård inlämnad till förvaltningsrätten',
      'Application for care filed with the administrative court',
    ),
    'care-ruling': t('Dom om vård har vunnit laga kraft', 'Ruling on care has gained legal force'),
    'care-started': t('Vården har påbörjats', 'Care has started'),
    'care-outside': t('Vård utanför institutionen', 'Care outside the institution'),
    review: t('Övervägande eller omprövning av vården', 'Consideration or review of the care'),
    'care-ended': t('Vården eller processen avslutad', 'Care or process ended'),
  } satisfies Record<CoerciveCareStep, LocalizedText>,
  status: {
    done: t('Klart', 'Done'),
    overdue: t('Fristen har passerat', 'Time limit passed'),
    due: t('Väntar – frist löper', 'Waiting – time limit running'),
    open: t('Ej påbörjat', 'Not started'),
    'not-applicable': t('Gäller inte ännu', 'Does not apply yet'),
  },
};

export type StepStatus = keyof typeof COERCIVE_CARE_LABELS.status;

/** The date `months` months after `date`, on the month's last day when it has no such day. */
export function addMonths(date: string, months: number): string {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  const index = y * 12 + (m - 1) + months;
  const year = Math.floor(index / 12);
  const month = (index % 12) + 1;
  const last = new Date(Date.UTC(year, month, 0)).getUTCDate();
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${year}-${pad(month)}-${pad(Math.min(d, last))}`;
}

export function stepOf(kind: CoerciveCareKind, step: CoerciveCareStep): ChecklistStep | undefined {
  return COERCIVE_CARE_CHECKLIST[kind].find((s) => s.step === step);
}

export interface StepState {
  step: CoerciveCareStep;
  doneOn: string | null;
  /** The last day, from the statute, or null when no limit runs. */
  dueOn: string | null;
  status: StepStatus;
  /** Days left (negative: overdue), when a limit runs and the step is not done. */
  days: number | null;
}

/**
 * Each step's due date and state, from the dates the steps were done on. A limit runs once the
 * step it counts from is done; it is a plain calendar date (the rule that moves a last day off
 * a holiday is not applied, so the date shown is never later than the statute's).
 */
export function checklistState(
  kind: CoerciveCareKind,
  done: Partial<Record<CoerciveCareStep, string>>,
  today: string,
  ended: boolean,
): StepState[] {
  return COERCIVE_CARE_CHECKLIST[kind].map((s) => {
    const doneOn = done[s.step] ?? null;
    // A repeating step's next limit counts from its last time, once there is one.
    const anchor = s.limit ? ((s.repeats ? doneOn : null) ?? done[s.limit.from]) : undefined;
    const dueOn =
      s.limit && anchor
        ? s.limit.months
          ? addMonths(anchor, s.limit.months)
          : addDays(anchor, s.limit.days ?? 0)
        : null;
    let status: StepStatus;
    if (doneOn && !(s.repeats && !ended)) status = 'done';
    else if (ended && doneOn) status = 'done';
    else if (ended || (s.onlyAfter && !done[s.onlyAfter])) status = 'not-applicable';
    else if (dueOn) status = dueOn < today ? 'overdue' : 'due';
    else status = 'open';
    const running = status === 'overdue' || status === 'due';
    return {
      step: s.step,
      doneOn,
      dueOn: running || (doneOn && !s.repeats) ? dueOn : null,
      status,
      days: running && dueOn ? daysBetween(today, dueOn) : null,
    };
  });
}

/** A running limit this close (in days) or past puts the step on the worklist. */
export const COERCIVE_CARE_WORKLIST_DAYS = 7;

const MONTHS = {
  sv: [
    'januari',
    'februari',
    'mars',
    'april',
    'maj',
    'juni',
    'juli',
    'augusti',
    'september',
    'oktober',
    'november',
    'december',
  ],
  en: [
    'January',
    'February',
    'March',
    'April',
    'May',
    'June',
    'July',
    'August',
    'September',
    'October',
    'November',
    'December',
  ],
};

/** A date in words: "2 december 2026" / "2 December 2026". */
export function dateInWords(date: string, language: keyof LocalizedText = 'sv'): string {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  return `${d} ${MONTHS[language][m - 1]} ${y}`;
}

/** The due date in words with its section: "senast 2 december 2026 — 15 § LVM". */
export function dueInWords(
  dueOn: string,
  section: string,
  language: keyof LocalizedText = 'sv',
): string {
  return `${language === 'sv' ? 'senast' : 'by'} ${dateInWords(dueOn, language)} — ${section}`;
}
