// AUDIT — Alcohol Use Disorders Identification Test (WHO, Babor et al. 2001), Swedish version by
// Hans Bergman (Magnus Huss klinik, Karolinska, 1994; Bergman & Källmén 2002). Rules:
// shared/spec/instruments.md. The Swedish wording follows the Swedish AUDIT form; the clinical
// owner should proof-read it against the printed form before each definition version ships.
import { sumItems } from './scoring.ts';
import type { AnswerOption, Coding, LocalizedText, QuestionnaireDefinition, Sex } from './types.ts';

const LOINC = 'http://loinc.org';

const opts = (rows: readonly [string, string, string, number][]): AnswerOption[] =>
  rows.map(([code, sv, en, points]) => ({ code, label: { sv, en }, points }));

const DRINKING_FREQUENCY = opts([
  ['never', 'Aldrig', 'Never', 0],
  ['monthly-or-less', '1 gång i månaden eller mer sällan', 'Monthly or less', 1],
  ['2-4-per-month', '2–4 gånger i månaden', '2 to 4 times a month', 2],
  ['2-3-per-week', '2–3 gånger i veckan', '2 to 3 times a week', 3],
  ['4-plus-per-week', '4 gånger i veckan eller mer', '4 or more times a week', 4],
]);

const DRINKS_PER_DAY = opts([
  ['1-2', '1–2', '1 or 2', 0],
  ['3-4', '3–4', '3 or 4', 1],
  ['5-6', '5–6', '5 or 6', 2],
  ['7-9', '7–9', '7, 8 or 9', 3],
  ['10-plus', '10 eller fler', '10 or more', 4],
]);

// Items 3–8 share one scale.
const EVENT_FREQUENCY = opts([
  ['never', 'Aldrig', 'Never', 0],
  ['less-than-monthly', 'Mer sällan än en gång i månaden', 'Less than monthly', 1],
  ['monthly', 'Varje månad', 'Monthly', 2],
  ['weekly', 'Varje vecka', 'Weekly', 3],
  ['daily', 'Dagligen eller nästan varje dag', 'Daily or almost daily', 4],
]);

// Items 9–10: three options scoring 0, 2, 4 — not 0, 1, 2.
const EVER_OR_LAST_YEAR = opts([
  ['no', 'Nej', 'No', 0],
  ['yes-not-last-year', 'Ja, men inte under det senaste året', 'Yes, but not in the last year', 2],
  ['yes-last-year', 'Ja, under det senaste året', 'Yes, during the last year', 4],
]);

// LOINC codes of AUDIT items 1–3 (the AUDIT-C items). Source: LOINC panel 72109-2, as used in
// published FHIR value sets (e.g. HL7 Portugal ValueSet cpe-auditcobservation-vs) and US SDOH
// examples. Items 4–10 are left uncoded on purpose: the sequence 68521-4…68527-1 is sometimes
// quoted for them, but 68524-8 is published as a drug-use question (AHC HRSN), so that
// sequence is not the AUDIT block and we do not guess.
const loinc = (code: string, display: string): Coding => ({ system: LOINC, code, display });

export const AUDIT: QuestionnaireDefinition = {
  id: 'AUDIT',
  version: '1.0.0',
  title: {
    sv: 'AUDIT – identifiering av alkoholrelaterade problem',
    en: 'AUDIT – Alcohol Use Disorders Identification Test',
  },
  source:
    'WHO (Babor, Higgins-Biddle, Saunders & Monteiro 2001); Swedish version Bergman 1994, ' +
    'Bergman & Källmén 2002',
  maxTotal: 40,
  code: loinc('72110-0', 'Alcohol Use Disorder Identification Test [AUDIT]'),
  totalCode: loinc('75624-7', 'Total score [AUDIT]'),
  items: [
    {
      id: 'audit-1',
      number: 1,
      text: {
        sv: 'Hur ofta dricker du alkohol?',
        en: 'How often do you have a drink containing alcohol?',
      },
      options: DRINKING_FREQUENCY,
      code: loinc('68518-0', 'How often do you have a drink containing alcohol'),
    },
    {
      id: 'audit-2',
      number: 2,
      text: {
        sv: 'Hur många ”standardglas” dricker du en typisk dag då du dricker alkohol?',
        en:
          'How many drinks containing alcohol do you have on a typical day when you are ' +
          'drinking?',
      },
      help: {
        sv:
          'Ett standardglas innehåller 12 gram alkohol, till exempel 33 cl starköl, ' +
          '50 cl folköl, 12–15 cl vin, 8 cl starkvin eller 4 cl sprit.',
        en:
          'A standard drink contains 12 grams of alcohol, e.g. 33 cl strong beer, ' +
          '50 cl medium beer, 12–15 cl wine, 8 cl fortified wine or 4 cl spirits.',
      },
      options: DRINKS_PER_DAY,
      code: loinc(
        '68519-8',
        'How many standard drinks containing alcohol do you have on a typical day',
      ),
    },
    {
      id: 'audit-3',
      number: 3,
      text: {
        sv: 'Hur ofta dricker du sex sådana glas eller mer vid samma tillfälle?',
        en: 'How often do you have six or more drinks on one occasion?',
      },
      options: EVENT_FREQUENCY,
      code: loinc('68520-6', 'How often do you have 6 or more drinks on 1 occasion'),
    },
    {
      id: 'audit-4',
      number: 4,
      text: {
        sv: 'Hur ofta under det senaste året har du inte kunnat sluta dricka sedan du börjat?',
        en:
          'How often during the last year have you found that you were not able to stop ' +
          'drinking once you had started?',
      },
      options: EVENT_FREQUENCY,
    },
    {
      id: 'audit-5',
      number: 5,
      text: {
        sv:
          'Hur ofta under det senaste året har du låtit bli att göra något som du borde ' +
          'för att du drack?',
        en:
          'How often during the last year have you failed to do what was normally expected ' +
          'from you because of drinking?',
      },
      options: EVENT_FREQUENCY,
    },
    {
      id: 'audit-6',
      number: 6,
      text: {
        sv:
          'Hur ofta under det senaste året har du behövt en ”återställare” på morgonen efter ' +
          'mycket drickande dagen före?',
        en:
          'How often during the last year have you needed a first drink in the morning to get ' +
          'yourself going after a heavy drinking session?',
      },
      options: EVENT_FREQUENCY,
    },
    {
      id: 'audit-7',
      number: 7,
      text: {
        sv:
          'Hur ofta under det senaste året har du haft skuldkänslor eller samvetsförebråelser ' +
          'på grund av ditt drickande?',
        en:
          'How often during the last year have you had a feeling of guilt or remorse after ' +
          'drinking?',
      },
      options: EVENT_FREQUENCY,
    },
    {
      id: 'audit-8',
      number: 8,
      text: {
        sv:
          'Hur ofta under det senaste året har du inte kunnat komma ihåg vad som hände kvällen ' +
          'före på grund av ditt drickande?',
        en:
          'How often during the last year have you been unable to remember what happened the ' +
          'night before because you had been drinking?',
      },
      options: EVENT_FREQUENCY,
    },
    {
      id: 'audit-9',
      number: 9,
      text: {
        sv: 'Har du eller någon annan blivit skadad på grund av ditt drickande?',
        en: 'Have you or someone else been injured as a result of your drinking?',
      },
      options: EVER_OR_LAST_YEAR,
    },
    {
      id: 'audit-10',
      number: 10,
      text: {
        sv:
          'Har en släkting eller vän eller en läkare (eller annan vårdpersonal) oroat sig för ' +
          'ditt drickande eller tyckt att du borde minska ditt drickande?',
        en:
          'Has a relative or friend or a doctor or another health worker been concerned about ' +
          'your drinking or suggested you cut down?',
      },
      options: EVER_OR_LAST_YEAR,
    },
  ],
};

/** AUDIT-C: the consumption items 1–3, total 0–12, reported beside the full AUDIT. */
export const AUDIT_C = {
  itemIds: ['audit-1', 'audit-2', 'audit-3'],
  maxTotal: 12,
  code: loinc('72109-2', 'Alcohol Use Disorder Identification Test - Consumption [AUDIT-C]'),
  totalCode: loinc('75626-2', 'Total score [AUDIT-C]'),
} as const;

export type AuditZone = 'I' | 'II' | 'III' | 'IV';

export interface AuditZoneRow {
  zone: AuditZone;
  min: number;
  max: number;
  risk: LocalizedText;
  action: LocalizedText;
}

/** WHO risk zones by total (Babor et al. 2001, table 7). */
export const AUDIT_ZONES: readonly AuditZoneRow[] = [
  {
    zone: 'I',
    min: 0,
    max: 7,
    risk: { sv: 'Låg risk', en: 'Low risk' },
    action: { sv: 'Information om alkohol', en: 'Alcohol education' },
  },
  {
    zone: 'II',
    min: 8,
    max: 15,
    risk: { sv: 'Riskbruk', en: 'Hazardous use' },
    action: { sv: 'Enkel rådgivning', en: 'Simple advice' },
  },
  {
    zone: 'III',
    min: 16,
    max: 19,
    risk: { sv: 'Skadligt bruk', en: 'Harmful use' },
    action: {
      sv: 'Enkel rådgivning, kort stödsamtal och fortsatt uppföljning',
      en: 'Simple advice plus brief counselling and continued monitoring',
    },
  },
  {
    zone: 'IV',
    min: 20,
    max: 40,
    risk: { sv: 'Möjligt beroende', en: 'Possible dependence' },
    action: {
      sv: 'Remiss till specialist för diagnostisk bedömning och behandling',
      en: 'Referral to specialist for diagnostic evaluation and treatment',
    },
  },
];

/** Swedish cut-off for risky use (Socialstyrelsen; Bergman & Källmén 2002): total ≥ this. */
export const AUDIT_RISKY_USE_CUT_OFF: Readonly<Record<'female' | 'male', number>> = {
  female: 6,
  male: 8,
};

export interface AuditInterpretation {
  zone: AuditZone;
  /** By the person's sex; null when sex is unknown (see riskyUseBySex for both readings). */
  riskyUse: boolean | null;
  auditC: number;
  riskyUseBySex: { female: boolean; male: boolean };
}

function assertScore(name: string, value: number, max: number): void {
  if (!Number.isInteger(value) || value < 0 || value > max) {
    throw new RangeError(`${name} must be an integer from 0 to ${max}, got ${value}`);
  }
}

export function auditZone(total: number): AuditZone {
  assertScore('AUDIT total', total, AUDIT.maxTotal);
  const row = AUDIT_ZONES.find((z) => total >= z.min && total <= z.max);
  if (row === undefined) throw new RangeError(`no AUDIT zone covers ${total}`);
  return row.zone;
}

/** AUDIT-C from the per-item points of a scored AUDIT. */
export function auditCScore(points: readonly number[]): number {
  return sumItems(AUDIT, points, AUDIT_C.itemIds);
}

export function interpretAudit(total: number, auditC: number, sex: Sex): AuditInterpretation {
  assertScore('AUDIT total', total, AUDIT.maxTotal);
  assertScore('AUDIT-C', auditC, AUDIT_C.maxTotal);
  if (auditC > total)
    throw new RangeError(`AUDIT-C (${auditC}) cannot exceed the total (${total})`);
  const riskyUseBySex = {
    female: total >= AUDIT_RISKY_USE_CUT_OFF.female,
    male: total >= AUDIT_RISKY_USE_CUT_OFF.male,
  };
  return {
    zone: auditZone(total),
    riskyUse: sex === 'unknown' ? null : riskyUseBySex[sex],
    auditC,
    riskyUseBySex,
  };
}
