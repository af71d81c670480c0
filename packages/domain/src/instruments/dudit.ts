// DUDIT — Drug Use Disorders Identification Test (Berman, Bergman, Palmstierna & Schlyter,
// Karolinska Institutet 2002; manual 2003). Rules: shared/spec/instruments.md. The Swedish
// wording follows the Swedish DUDIT form; the clinical owner should proof-read it against the
// printed form before each definition version ships. No LOINC codes: none known with certainty.
import type { AnswerOption, QuestionnaireDefinition, Sex } from './types.ts';

const opts = (rows: readonly [string, string, string, number][]): AnswerOption[] =>
  rows.map(([code, sv, en, points]) => ({ code, label: { sv, en }, points }));

const USE_FREQUENCY = opts([
  ['never', 'Aldrig', 'Never', 0],
  ['monthly-or-less', '1 gång i månaden eller mer sällan', 'Once a month or less often', 1],
  ['2-4-per-month', '2–4 gånger i månaden', '2–4 times a month', 2],
  ['2-3-per-week', '2–3 gånger i veckan', '2–3 times a week', 3],
  ['4-plus-per-week', '4 gånger i veckan eller mer', '4 times a week or more often', 4],
]);

const TIMES_PER_DAY = opts([
  ['0', '0', '0', 0],
  ['1-2', '1–2', '1–2', 1],
  ['3-4', '3–4', '3–4', 2],
  ['5-6', '5–6', '5–6', 3],
  ['7-plus', '7 eller fler', '7 or more', 4],
]);

// Items 4–9 share one scale.
const EVENT_FREQUENCY = opts([
  ['never', 'Aldrig', 'Never', 0],
  ['less-than-monthly', 'Mer sällan än en gång i månaden', 'Less often than once a month', 1],
  ['monthly', 'Varje månad', 'Every month', 2],
  ['weekly', 'Varje vecka', 'Every week', 3],
  ['daily', 'Dagligen eller nästan varje dag', 'Daily or almost daily', 4],
]);

// Items 10–11: three options scoring 0, 2, 4.
const EVER_OR_LAST_YEAR = opts([
  ['no', 'Nej', 'No', 0],
  [
    'yes-not-last-year',
    'Ja, men inte under det senaste året',
    'Yes, but not over the past year',
    2,
  ],
  ['yes-last-year', 'Ja, under det senaste året', 'Yes, over the past year', 4],
]);

const item = (
  number: number,
  sv: string,
  en: string,
  options: readonly AnswerOption[],
): QuestionnaireDefinition['items'][number] => ({
  id: `dudit-${number}`,
  number,
  text: { sv, en },
  options,
});

export const DUDIT: QuestionnaireDefinition = {
  id: 'DUDIT',
  version: '1.0.0',
  title: {
    sv: 'DUDIT – identifiering av drogrelaterade problem',
    en: 'DUDIT – Drug Use Disorders Identification Test',
  },
  source: 'Berman, Bergman, Palmstierna & Schlyter, Karolinska Institutet 2002 (manual 2003)',
  maxTotal: 44,
  items: [
    item(
      1,
      'Hur ofta använder du andra droger än alkohol?',
      'How often do you use drugs other than alcohol?',
      USE_FREQUENCY,
    ),
    item(
      2,
      'Använder du fler än en drog vid samma tillfälle?',
      'Do you use more than one type of drug on the same occasion?',
      USE_FREQUENCY,
    ),
    item(
      3,
      'Hur många gånger tar du droger under en typisk dag då du använder droger?',
      'How many times do you take drugs on a typical day when you use drugs?',
      TIMES_PER_DAY,
    ),
    item(
      4,
      'Hur ofta är du kraftigt påverkad av droger?',
      'How often are you influenced heavily by drugs?',
      EVENT_FREQUENCY,
    ),
    item(
      5,
      'Har du under det senaste året upplevt att din längtan efter droger varit så stark att ' +
        'du inte kunnat stå emot den?',
      'Over the past year, have you felt that your longing for drugs was so strong that you ' +
        'could not resist it?',
      EVENT_FREQUENCY,
    ),
    item(
      6,
      'Har det hänt att du under det senaste året inte kunnat sluta ta droger sedan du börjat?',
      'Has it happened, over the past year, that you have not been able to stop taking drugs ' +
        'once you started?',
      EVENT_FREQUENCY,
    ),
    item(
      7,
      'Hur ofta under det senaste året har du tagit droger och sedan försummat att göra något ' +
        'som du borde ha gjort?',
      'How often over the past year have you taken drugs and then neglected to do something ' +
        'you should have done?',
      EVENT_FREQUENCY,
    ),
    item(
      8,
      'Hur ofta under det senaste året har du behövt ta en drog morgonen efter att ha tagit ' +
        'mycket droger dagen innan?',
      'How often over the past year have you needed to take a drug the morning after heavy ' +
        'drug use the day before?',
      EVENT_FREQUENCY,
    ),
    item(
      9,
      'Hur ofta under det senaste året har du haft skuldkänslor eller dåligt samvete för att ' +
        'du tagit droger?',
      'How often over the past year have you had guilt feelings or a bad conscience because ' +
        'you used drugs?',
      EVENT_FREQUENCY,
    ),
    item(
      10,
      'Har du eller någon annan blivit skadad (psykiskt eller fysiskt) för att du tagit droger?',
      'Have you or anyone else been hurt (mentally or physically) because you used drugs?',
      EVER_OR_LAST_YEAR,
    ),
    item(
      11,
      'Har en släkting eller vän, en läkare eller sjuksköterska, eller någon annan, varit ' +
        'orolig över ditt drogande eller sagt till dig att du borde sluta med droger?',
      'Has a relative or a friend, a doctor or a nurse, or anyone else, been worried about ' +
        'your drug use or said to you that you should stop using drugs?',
      EVER_OR_LAST_YEAR,
    ),
  ],
};

export type DuditCategory = 'none' | 'drug-related-problems' | 'probable-dependence';
export type DuditBand = 'young-adult' | 'adult';

export interface DuditCutOffSet {
  band: DuditBand;
  /** Inclusive age range the set applies to; null = everyone not matched by an earlier row. */
  ages: { min: number; max: number } | null;
  /** The manual calls the young-adult cut-offs preliminary; shown as such. */
  preliminary: boolean;
  /** Drug-related problems at total ≥ this. */
  drugRelatedProblems: { female: number; male: number };
  /** Probable dependence at total ≥ this, either sex. */
  probableDependence: number;
}

/** Cut-off sets, first match by age wins (Berman et al. 2003). */
export const DUDIT_CUT_OFFS: readonly DuditCutOffSet[] = [
  {
    band: 'young-adult',
    ages: { min: 16, max: 25 },
    preliminary: true,
    drugRelatedProblems: { female: 3, male: 7 },
    probableDependence: 25,
  },
  {
    band: 'adult',
    ages: null,
    preliminary: false,
    drugRelatedProblems: { female: 2, male: 6 },
    probableDependence: 25,
  },
];

/**
 * Which sex's cut-off the category uses when sex is unknown: the lower one, so that a screen
 * errs toward a second look rather than a missed problem. Both readings are always returned.
 */
export const DUDIT_UNKNOWN_SEX_READING: 'female' | 'male' = 'female';

export interface DuditInterpretation {
  /** By the person's sex; sex unknown → the lower (female) cut-off, see categoryBySex. */
  category: DuditCategory;
  /** Both readings, always; the UI shows both when sex is unknown. */
  categoryBySex: { female: DuditCategory; male: DuditCategory };
  /** The cut-offs the category was computed with. */
  cutOff: {
    band: DuditBand;
    preliminary: boolean;
    /** The sex whose cut-off gave `category`. */
    appliedSex: 'female' | 'male';
    drugRelatedProblems: number;
    probableDependence: number;
    drugRelatedProblemsBySex: { female: number; male: number };
  };
}

export function duditCutOffSet(ageYears: number | null): DuditCutOffSet {
  const set = DUDIT_CUT_OFFS.find(
    (s) =>
      s.ages === null || (ageYears !== null && ageYears >= s.ages.min && ageYears <= s.ages.max),
  );
  if (set === undefined) throw new RangeError('no DUDIT cut-off set applies');
  return set;
}

function categoryFor(total: number, set: DuditCutOffSet, sex: 'female' | 'male'): DuditCategory {
  if (total >= set.probableDependence) return 'probable-dependence';
  if (total >= set.drugRelatedProblems[sex]) return 'drug-related-problems';
  return 'none';
}

/**
 * Interprets a DUDIT total. Ages 16–25 use the preliminary young-adult cut-offs; any other age,
 * or an unknown age (null), uses the adult cut-offs.
 */
export function interpretDudit(
  total: number,
  sex: Sex,
  ageYears: number | null,
): DuditInterpretation {
  if (!Number.isInteger(total) || total < 0 || total > DUDIT.maxTotal) {
    throw new RangeError(
      `DUDIT total must be an integer from 0 to ${DUDIT.maxTotal}, got ${total}`,
    );
  }
  if (ageYears !== null && (!Number.isInteger(ageYears) || ageYears < 0)) {
    throw new RangeError(`ageYears must be a whole number of years or null, got ${ageYears}`);
  }
  const set = duditCutOffSet(ageYears);
  const appliedSex = sex === 'unknown' ? DUDIT_UNKNOWN_SEX_READING : sex;
  const categoryBySex = {
    female: categoryFor(total, set, 'female'),
    male: categoryFor(total, set, 'male'),
  };
  return {
    category: categoryBySex[appliedSex],
    categoryBySex,
    cutOff: {
      band: set.band,
      preliminary: set.preliminary,
      appliedSex,
      drugRelatedProblems: set.drugRelatedProblems[appliedSex],
      probableDependence: set.probableDependence,
      drugRelatedProblemsBySex: { ...set.drugRelatedProblems },
    },
  };
}
