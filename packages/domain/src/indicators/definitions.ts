/**
 * The follow-up indicators (F9) as data: one definition per indicator, the same for every unit,
 * organisation and the county. The server computes them from these definitions; the web app,
 * the exports and the PDF take names, descriptions and units from here.
 */
import { ageOn } from '../identity/personal-identity-number.ts';
import { CARE_CHAIN_INDICATORS } from './care-chain-indicators.ts';

export type Lang = 'sv' | 'en';
type Words = Readonly<Record<Lang, string>>;

/** The records an indicator reads. Records not built yet make the indicator "not available". */
export type IndicatorSource =
  | 'person'
  | 'care-relation'
  | 'screening'
  | 'sip'
  | 'sip-meeting'
  | 'sip-follow-up'
  | 'contact'
  | 'intervention'
  | 'referral'
  | 'withdrawal-bed'
  | 'relative-child'
  | 'care-case';

/**
 * Records that exist in Vårdfläta today; an indicator reading a source not in this set is "not
 * available" rather than zero. 'contact' is the record of visits and contacts (0020-c);
 * 'intervention' carries the legal form (LVM) too; 'relative-child' is the circle's children
 * and the support given them; 'withdrawal-bed' the withdrawal-bed requests; 'care-case' the
 * cases of case management (opened, reopened, closed).
 */
export const BUILT_SOURCES: ReadonlySet<IndicatorSource> = new Set<IndicatorSource>([
  'person',
  'care-relation',
  'screening',
  'sip',
  'sip-meeting',
  'sip-follow-up',
  'intervention',
  'referral',
  'withdrawal-bed',
  'relative-child',
  'care-case',
  'contact',
]);

export type IndicatorUnit =
  'persons' | 'screenings' | 'sips' | 'cases' | 'days' | 'contacts' | 'interventions' | 'children';

/** A count adds up over cells; a median does not (and is suppressed when fewer than 5 stand behind it). */
export type IndicatorKind = 'count' | 'median';

/** The breakdown an indicator belongs to: its total, or one cell of a sex or age-band split. */
export type Breakdown = 'total' | 'sex' | 'age-band';

export interface IndicatorDefinition {
  code: string;
  name: Words;
  description: Words;
  /** How it is counted, in words for the reader of a report. */
  counting: Words;
  unit: IndicatorUnit;
  kind: IndicatorKind;
  reads: readonly IndicatorSource[];
  breakdown: Breakdown;
  /** For a cell of a breakdown: the total it is part of (female + male + unknown = persons). */
  partOf?: string;
}

/** Age bands at the last day of the period. */
export const AGE_BANDS = [
  { code: '0-17', from: 0, to: 17 },
  { code: '18-24', from: 18, to: 24 },
  { code: '25-34', from: 25, to: 34 },
  { code: '35-44', from: 35, to: 44 },
  { code: '45-54', from: 45, to: 54 },
  { code: '55-64', from: 55, to: 64 },
  { code: '65-', from: 65, to: 200 },
] as const;
export type AgeBand = (typeof AGE_BANDS)[number]['code'];

export function ageBandOf(dateOfBirth: string, day: string): AgeBand {
  const age = Math.max(0, ageOn(dateOfBirth, day));
  return (AGE_BANDS.find((b) => age >= b.from && age <= b.to) ?? AGE_BANDS[AGE_BANDS.length - 1]!)
    .code;
}

const personsCounting: Words = {
  sv: 'Personer som har en vårdrelation (ett ärende) med enheten någon dag under perioden. En person räknas en gång per enhet, organisation och län.',
  en: 'Persons with a care relation (a case) with the unit on some day of the period. A person counts once per unit, organisation and county.',
};
const PERSON_READS = ['person', 'care-relation'] as const;

const SEX_CELLS = [
  { code: 'persons-female', sv: 'Personer, kvinnor', en: 'Persons, women', sex: 'female' },
  { code: 'persons-male', sv: 'Personer, män', en: 'Persons, men', sex: 'male' },
  {
    code: 'persons-sex-unknown',
    sv: 'Personer, kön ej angivet',
    en: 'Persons, sex not stated',
    sex: 'unknown',
  },
] as const;
export const SEX_CELL_CODES = SEX_CELLS.map((c) => ({ code: c.code, sex: c.sex }));

const ageBandCode = (band: AgeBand) => `persons-age-${band}`;
export const AGE_BAND_CELL_CODES = AGE_BANDS.map((b) => ({
  code: ageBandCode(b.code),
  band: b.code,
}));

export const INDICATORS: readonly IndicatorDefinition[] = [
  {
    code: 'persons',
    name: { sv: 'Personer', en: 'Persons' },
    description: {
      sv: 'Antal personer i målgruppen som enheten har arbetat med under perioden.',
      en: 'Number of persons in the target group the unit worked with during the period.',
    },
    counting: personsCounting,
    unit: 'persons',
    kind: 'count',
    reads: PERSON_READS,
    breakdown: 'total',
  },
  ...SEX_CELLS.map((c): IndicatorDefinition => ({
    code: c.code,
    name: { sv: c.sv, en: c.en },
    description: {
      sv: `${c.sv}: personerna uppdelade efter kön som det står i personuppgifterna.`,
      en: `${c.en}: the persons split by sex as recorded.`,
    },
    counting: personsCounting,
    unit: 'persons',
    kind: 'count',
    reads: PERSON_READS,
    breakdown: 'sex',
    partOf: 'persons',
  })),
  ...AGE_BANDS.map((b): IndicatorDefinition => ({
    code: ageBandCode(b.code),
    name: {
      sv: `Personer, ${b.code.endsWith('-') ? `${b.from} år och äldre` : `${b.from}–${b.to} år`}`,
      en: `Persons, ${b.code.endsWith('-') ? `${b.from} and older` : `aged ${b.from}–${b.to}`}`,
    },
    description: {
      sv: 'Personerna uppdelade efter ålder den sista dagen i perioden.',
      en: 'The persons split by age on the last day of the period.',
    },
    counting: personsCounting,
    unit: 'persons',
    kind: 'count',
    reads: PERSON_READS,
    breakdown: 'age-band',
    partOf: 'persons',
  })),
  {
    code: 'audit-screenings',
    name: { sv: 'AUDIT-screeningar', en: 'AUDIT screenings' },
    description: {
      sv: 'Genomförda AUDIT-screeningar (alkohol).',
      en: 'AUDIT screenings performed (alcohol).',
    },
    counting: {
      sv: 'Varje AUDIT räknas i den period som innehåller dagen den genomfördes, hos enheten som registrerade den.',
      en: 'Each AUDIT counts in the period holding the day it was performed, at the unit that recorded it.',
    },
    unit: 'screenings',
    kind: 'count',
    reads: ['screening'],
    breakdown: 'total',
  },
  {
    code: 'dudit-screenings',
    name: { sv: 'DUDIT-screeningar', en: 'DUDIT screenings' },
    description: {
      sv: 'Genomförda DUDIT-screeningar (narkotika).',
      en: 'DUDIT screenings performed (drugs).',
    },
    counting: {
      sv: 'Varje DUDIT räknas i den period som innehåller dagen den genomfördes, hos enheten som registrerade den.',
      en: 'Each DUDIT counts in the period holding the day it was performed, at the unit that recorded it.',
    },
    unit: 'screenings',
    kind: 'count',
    reads: ['screening'],
    breakdown: 'total',
  },
  {
    code: 'sips-established',
    name: { sv: 'Upprättade SIP', en: 'SIPs established' },
    description: {
      sv: 'Samordnade individuella planer som blev gällande (aktiverades) under perioden.',
      en: 'Coordinated individual plans that came into force (were activated) during the period.',
    },
    counting: {
      sv: 'En SIP räknas den dag den aktiverades, hos enheten som ansvarar för den.',
      en: 'A SIP counts on the day it was activated, at the unit responsible for it.',
    },
    unit: 'sips',
    kind: 'count',
    reads: ['sip'],
    breakdown: 'total',
  },
  {
    code: 'sips-followed-up',
    name: { sv: 'Uppföljda SIP', en: 'SIPs followed up' },
    description: {
      sv: 'SIP som följdes upp minst en gång under perioden.',
      en: 'SIPs followed up at least once during the period.',
    },
    counting: {
      sv: 'En SIP räknas en gång om minst en uppföljning hölls under perioden.',
      en: 'A SIP counts once when at least one follow-up was held during the period.',
    },
    unit: 'sips',
    kind: 'count',
    reads: ['sip', 'sip-follow-up'],
    breakdown: 'total',
  },
  {
    code: 'sips-closed',
    name: { sv: 'Avslutade SIP', en: 'SIPs closed' },
    description: {
      sv: 'SIP som avslutades under perioden.',
      en: 'SIPs closed during the period.',
    },
    counting: {
      sv: 'En SIP räknas den dag den avslutades.',
      en: 'A SIP counts on the day it was closed.',
    },
    unit: 'sips',
    kind: 'count',
    reads: ['sip'],
    breakdown: 'total',
  },
  {
    code: 'cases-closed',
    name: { sv: 'Avslutade ärenden', en: 'Closed cases' },
    description: {
      sv: 'Ärenden (ärendehanteringens ärenden) som avslutades under perioden.',
      en: 'Cases (of case management) closed during the period.',
    },
    counting: {
      sv: 'Ett ärende räknas den dag det avslutades, hos enheten som har ärendet.',
      en: 'A case counts on the day it was closed, at the unit that holds it.',
    },
    unit: 'cases',
    kind: 'count',
    reads: ['care-case'],
    breakdown: 'total',
  },
  {
    code: 'cases-reopened',
    name: { sv: 'Återaktualiserade ärenden', en: 'Reopened cases' },
    description: {
      sv: 'Ärenden som återaktualiserades under perioden: personen kom tillbaka till en enhet där ett tidigare ärende hade avslutats.',
      en: 'Cases reopened during the period: the person came back to a unit where an earlier case had been closed.',
    },
    counting: {
      sv: 'Ett ärende räknas den dag det öppnades, om det öppnades som återaktualiserat (ett avslutat ärende fanns hos enheten).',
      en: 'A case counts on the day it was opened, when it was opened as reopened (a closed case existed at the unit).',
    },
    unit: 'cases',
    kind: 'count',
    reads: ['care-case'],
    breakdown: 'total',
  },
  {
    code: 'median-days-to-first-sip-meeting',
    name: { sv: 'Mediantid till första SIP-mötet', en: 'Median days to the first SIP meeting' },
    description: {
      sv: 'Medianen av dagar från förslag till det första hållna SIP-mötet.',
      en: 'The median number of days from proposal to the first SIP meeting held.',
    },
    counting: {
      sv: 'För varje SIP vars första hållna möte ligger i perioden: dagar från förslaget till mötet. Inställda och bara planerade möten räknas inte. Färre än 5 SIP visas inte.',
      en: 'For each SIP whose first meeting held lies in the period: days from the proposal to that meeting. Cancelled or merely scheduled meetings do not count. Fewer than 5 SIPs are not shown.',
    },
    unit: 'days',
    kind: 'median',
    reads: ['sip', 'sip-meeting'],
    breakdown: 'total',
  },
  {
    code: 'contacts',
    name: { sv: 'Besök och kontakter', en: 'Visits and contacts' },
    description: {
      sv: 'Genomförda besök och kontakter med personerna: besök på mottagningen, telefon- och videosamtal, hembesök och gruppträffar.',
      en: 'Visits and contacts held with the persons: visits in person, phone and video calls, home visits and group sessions.',
    },
    counting: {
      sv: 'Varje genomförd kontakt räknas en gång, i den period som innehåller dagen den hölls, hos enheten som registrerade den. Bokade, inställda och uteblivna besök räknas inte.',
      en: 'Each contact held counts once, in the period holding the day it was held, at the unit that recorded it. Booked, cancelled and missed (no-show) contacts do not count.',
    },
    unit: 'contacts',
    kind: 'count',
    reads: ['contact'],
    breakdown: 'total',
  },
  ...CARE_CHAIN_INDICATORS,
];

export function isAvailable(def: IndicatorDefinition): boolean {
  return def.reads.every((s) => BUILT_SOURCES.has(s));
}

export function indicatorByCode(code: string): IndicatorDefinition | undefined {
  return INDICATORS.find((d) => d.code === code);
}
