// Dependence criteria checklists (shared/spec/instruments.md): criteria met within the same
// 12 months, with a computed result. Criterion texts are short paraphrases, not the manuals'
// wording (DSM text is copyrighted); ids are stable and stored.
import type { InstrumentError, LocalizedText } from './types.ts';

export interface Criterion {
  id: string;
  text: LocalizedText;
}

export interface SeverityRow<S extends string> {
  min: number;
  max: number;
  severity: S;
}

const c = (id: string, sv: string, en: string): Criterion => ({ id, text: { sv, en } });

// Shared by DSM-IV dependence/abuse and DSM-5, which reuse most DSM-IV criteria.
const LARGER_AMOUNTS = c(
  'larger-amounts',
  'Använder ofta i större mängd eller under längre tid än vad som avsågs',
  'Taken in larger amounts or over a longer period than intended',
);
const CUT_DOWN = c(
  'cut-down',
  'Varaktig önskan om eller misslyckade försök att minska eller kontrollera användningen',
  'Persistent desire or unsuccessful efforts to cut down or control use',
);
const TIME_SPENT = c(
  'time-spent',
  'Mycket tid går åt till att skaffa, använda eller återhämta sig från substansen',
  'Much time spent obtaining, using or recovering from the substance',
);
const ACTIVITIES_GIVEN_UP = c(
  'activities-given-up',
  'Viktiga sociala aktiviteter, arbete eller fritidsaktiviteter överges eller minskas',
  'Important social, occupational or recreational activities given up or reduced',
);
const PHYSICAL_PSYCHOLOGICAL = c(
  'despite-physical-psychological-problems',
  'Fortsatt användning trots vetskap om fysiska eller psykiska problem som orsakas eller ' +
    'förvärras av substansen',
  'Continued use despite knowledge of physical or psychological problems caused or made ' +
    'worse by the substance',
);
const TOLERANCE = c(
  'tolerance',
  'Tolerans – behöver ökad mängd för samma effekt, eller minskad effekt av samma mängd',
  'Tolerance – needs more for the same effect, or less effect from the same amount',
);
const WITHDRAWAL = c(
  'withdrawal',
  'Abstinens – abstinenssymtom, eller användning för att lindra eller undvika abstinens',
  'Withdrawal – withdrawal symptoms, or use to relieve or avoid withdrawal',
);
const ROLE_FAILURE = c(
  'role-failure',
  'Upprepad användning som gör att man inte fullgör sina åtaganden i arbete, skola eller hem',
  'Recurrent use resulting in failure to fulfil major obligations at work, school or home',
);
const HAZARDOUS_USE = c(
  'hazardous-use',
  'Upprepad användning i situationer där det är fysiskt riskfyllt',
  'Recurrent use in situations in which it is physically hazardous',
);
const SOCIAL_PROBLEMS = c(
  'despite-social-problems',
  'Fortsatt användning trots ihållande eller återkommande sociala eller relationsproblem ' +
    'som orsakas eller förvärras av substansen',
  'Continued use despite persistent or recurrent social or interpersonal problems caused or ' +
    'made worse by the substance',
);

export interface ThresholdChecklist {
  id: string;
  name: LocalizedText;
  criteria: readonly Criterion[];
  /** The result is met at count ≥ threshold. */
  threshold: number;
}

export interface SeverityChecklist<S extends string> {
  id: string;
  name: LocalizedText;
  criteria: readonly Criterion[];
  /** Counts not covered by a row give 'none'. */
  severities: readonly SeverityRow<S>[];
}

export const ICD10_DEPENDENCE: ThresholdChecklist = {
  id: 'icd10-dependence',
  name: { sv: 'ICD-10 F1x.2 beroendesyndrom', en: 'ICD-10 F1x.2 dependence syndrome' },
  threshold: 3,
  criteria: [
    c(
      'craving',
      'Stark längtan efter eller tvång att använda substansen',
      'A strong desire or sense of compulsion to take the substance',
    ),
    c(
      'impaired-control',
      'Svårighet att kontrollera användningen (start, slut eller mängd)',
      'Difficulty controlling substance use (onset, termination or level of use)',
    ),
    c(
      'withdrawal',
      'Fysiologiskt abstinenstillstånd när användningen upphört eller minskat',
      'A physiological withdrawal state when use has ceased or been reduced',
    ),
    c(
      'tolerance',
      'Tolerans – ökade doser krävs för samma effekt',
      'Tolerance – increased doses are required for the same effect',
    ),
    c(
      'neglect-of-interests',
      'Tilltagande försummelse av andra nöjen eller intressen på grund av användningen',
      'Progressive neglect of alternative pleasures or interests because of substance use',
    ),
    c(
      'despite-harm',
      'Fortsatt användning trots klara belägg för skadliga följder',
      'Persisting with substance use despite clear evidence of harmful consequences',
    ),
  ],
};

export const DSM4_DEPENDENCE: ThresholdChecklist = {
  id: 'dsm4-dependence',
  name: { sv: 'DSM-IV substansberoende', en: 'DSM-IV substance dependence' },
  threshold: 3,
  criteria: [
    TOLERANCE,
    WITHDRAWAL,
    LARGER_AMOUNTS,
    CUT_DOWN,
    TIME_SPENT,
    ACTIVITIES_GIVEN_UP,
    PHYSICAL_PSYCHOLOGICAL,
  ],
};

export const DSM4_ABUSE: ThresholdChecklist = {
  id: 'dsm4-abuse',
  name: { sv: 'DSM-IV substansmissbruk', en: 'DSM-IV substance abuse' },
  threshold: 1,
  criteria: [
    ROLE_FAILURE,
    HAZARDOUS_USE,
    c(
      'legal-problems',
      'Upprepade problem med rättvisan till följd av användningen',
      'Recurrent substance-related legal problems',
    ),
    SOCIAL_PROBLEMS,
  ],
};

export type UseDisorderSeverity = 'none' | 'mild' | 'moderate' | 'severe';

/** Criteria that do not count when the substance is taken solely under medical supervision. */
export const DSM5_MEDICAL_SUPERVISION_EXCLUDED: readonly string[] = ['tolerance', 'withdrawal'];

export const DSM5_SUBSTANCE_USE_DISORDER: SeverityChecklist<UseDisorderSeverity> = {
  id: 'dsm5-substance-use-disorder',
  name: { sv: 'DSM-5 substansbrukssyndrom', en: 'DSM-5 substance use disorder' },
  severities: [
    { min: 2, max: 3, severity: 'mild' },
    { min: 4, max: 5, severity: 'moderate' },
    { min: 6, max: 11, severity: 'severe' },
  ],
  criteria: [
    LARGER_AMOUNTS,
    CUT_DOWN,
    TIME_SPENT,
    c('craving', 'Sug eller starkt begär efter substansen', 'Craving, or a strong desire to use'),
    ROLE_FAILURE,
    SOCIAL_PROBLEMS,
    ACTIVITIES_GIVEN_UP,
    HAZARDOUS_USE,
    PHYSICAL_PSYCHOLOGICAL,
    TOLERANCE,
    WITHDRAWAL,
  ],
};

export const DSM5_GAMBLING_DISORDER: SeverityChecklist<UseDisorderSeverity> = {
  id: 'dsm5-gambling-disorder',
  name: { sv: 'DSM-5 spelsyndrom', en: 'DSM-5 gambling disorder' },
  severities: [
    { min: 4, max: 5, severity: 'mild' },
    { min: 6, max: 7, severity: 'moderate' },
    { min: 8, max: 9, severity: 'severe' },
  ],
  criteria: [
    c(
      'increasing-amounts',
      'Behöver spela om allt större summor för att uppnå önskad spänning',
      'Needs to gamble with increasing amounts of money to achieve the desired excitement',
    ),
    c(
      'restless-when-cutting-down',
      'Blir rastlös eller irriterad vid försök att minska eller sluta spela',
      'Restless or irritable when attempting to cut down or stop gambling',
    ),
    c(
      'failed-control',
      'Upprepade misslyckade försök att kontrollera, minska eller sluta spela',
      'Repeated unsuccessful efforts to control, cut back or stop gambling',
    ),
    c('preoccupied', 'Är ofta upptagen av tankar på spel', 'Often preoccupied with gambling'),
    c(
      'gambles-when-distressed',
      'Spelar ofta när hen mår dåligt (t.ex. känner sig hjälplös, skyldig, ängslig, nedstämd)',
      'Often gambles when feeling distressed (e.g. helpless, guilty, anxious, depressed)',
    ),
    c(
      'chasing-losses',
      'Återvänder ofta för att vinna tillbaka förlorade pengar (jagar förlusterna)',
      'After losing money, often returns to get even (chasing losses)',
    ),
    c(
      'lies',
      'Ljuger för att dölja omfattningen av sitt spelande',
      'Lies to conceal the extent of involvement with gambling',
    ),
    c(
      'jeopardised-relationship-or-work',
      'Har äventyrat eller förlorat en viktig relation, ett arbete eller en utbildning på ' +
        'grund av spelandet',
      'Has jeopardised or lost a significant relationship, job, or educational or career ' +
        'opportunity because of gambling',
    ),
    c(
      'relies-on-others-for-money',
      'Förlitar sig på att andra ska bidra med pengar för att lösa en svår ekonomisk situation ' +
        'orsakad av spelandet',
      'Relies on others to provide money to relieve desperate financial situations caused by ' +
        'gambling',
    ),
  ],
};

export type ChecklistId =
  'icd10-dependence' | 'dsm4' | 'dsm5-substance-use-disorder' | 'dsm5-gambling-disorder';

export type SubstanceClassId =
  | 'alcohol'
  | 'cannabis'
  | 'opioids'
  | 'sedatives-hypnotics'
  | 'stimulants'
  | 'hallucinogens'
  | 'inhalants'
  | 'other-nps'
  | 'prescribed-medicines'
  | 'doping-agents'
  | 'gambling';

export interface SubstanceClass {
  id: SubstanceClassId;
  label: LocalizedText;
  /** The checklists that apply to the class. */
  checklists: readonly ChecklistId[];
  /** DSM-5 lists no withdrawal criterion for hallucinogen and inhalant use disorders. */
  dsm5Withdrawal: boolean;
}

const SUBSTANCE_CHECKLISTS: readonly ChecklistId[] = [
  'icd10-dependence',
  'dsm4',
  'dsm5-substance-use-disorder',
];

const substance = (id: SubstanceClassId, sv: string, en: string, dsm5Withdrawal = true) => ({
  id,
  label: { sv, en },
  checklists: SUBSTANCE_CHECKLISTS,
  dsm5Withdrawal,
});

export const SUBSTANCE_CLASSES: readonly SubstanceClass[] = [
  substance('alcohol', 'Alkohol', 'Alcohol'),
  substance('cannabis', 'Cannabis', 'Cannabis'),
  substance('opioids', 'Opioider', 'Opioids'),
  substance('sedatives-hypnotics', 'Lugnande medel och sömnmedel', 'Sedatives and hypnotics'),
  substance('stimulants', 'Centralstimulerande medel', 'Stimulants'),
  substance('hallucinogens', 'Hallucinogener', 'Hallucinogens', false),
  substance('inhalants', 'Lösningsmedel (inhalanter)', 'Inhalants', false),
  substance(
    'other-nps',
    'Andra eller nya psykoaktiva substanser (NPS)',
    'Other or new psychoactive substances (NPS)',
  ),
  substance('prescribed-medicines', 'Förskrivna läkemedel', 'Prescribed medicines'),
  substance('doping-agents', 'Dopningsmedel', 'Doping agents'),
  {
    id: 'gambling',
    label: { sv: 'Spel om pengar', en: 'Gambling' },
    checklists: ['dsm5-gambling-disorder'],
    dsm5Withdrawal: false,
  },
];

type Checked = { ok: true; ids: Set<string> } | { ok: false; errors: InstrumentError[] };

/** Validates the ids met against a checklist: unknown or repeated ids are named, never dropped. */
function checkIds(criteria: readonly Criterion[], met: unknown, path: string): Checked {
  if (!Array.isArray(met)) {
    return { ok: false, errors: [{ path, message: 'must be an array of criterion ids' }] };
  }
  const known = new Set(criteria.map((k) => k.id));
  const expected = [...known].join(', ');
  const ids = new Set<string>();
  const errors: InstrumentError[] = [];
  met.forEach((id: unknown, i) => {
    if (typeof id !== 'string' || !known.has(id)) {
      errors.push({
        path: `${path}[${i}]`,
        message: `unknown criterion ${JSON.stringify(id)}; expected one of ${expected}`,
      });
    } else if (ids.has(id)) {
      errors.push({ path: `${path}[${i}]`, message: `criterion ${id} is listed twice` });
    } else {
      ids.add(id);
    }
  });
  return errors.length > 0 ? { ok: false, errors } : { ok: true, ids };
}

function severityFor<S extends string>(rows: readonly SeverityRow<S>[], count: number): S | 'none' {
  return rows.find((r) => count >= r.min && count <= r.max)?.severity ?? 'none';
}

export type Failure = { ok: false; errors: InstrumentError[] };

export type Icd10Result =
  { ok: true; count: number; threshold: number; dependence: boolean } | Failure;

/** ICD-10 F1x.2: dependence at ≥ 3 of 6 criteria. */
export function evaluateIcd10Dependence(met: unknown): Icd10Result {
  const checked = checkIds(ICD10_DEPENDENCE.criteria, met, 'met');
  if (!checked.ok) return checked;
  const count = checked.ids.size;
  const { threshold } = ICD10_DEPENDENCE;
  return { ok: true, count, threshold, dependence: count >= threshold };
}

export interface Dsm4Input {
  dependenceMet: unknown;
  abuseMet: unknown;
  /** Dependence has been met at any time for this substance class (earlier assessments). */
  dependenceEverMet: boolean;
}

export type Dsm4Result =
  | {
      ok: true;
      dependence: { count: number; threshold: number; met: boolean };
      /** Abuse is assessed only when dependence has never been met for the class. */
      abuse: { count: number; threshold: number; applicable: boolean; met: boolean };
      diagnosis: 'dependence' | 'abuse' | 'none';
    }
  | Failure;

/** DSM-IV: dependence ≥ 3 of 7; abuse ≥ 1 of 4 only if dependence was never met for the class. */
export function evaluateDsm4(input: Dsm4Input): Dsm4Result {
  const dep = checkIds(DSM4_DEPENDENCE.criteria, input.dependenceMet, 'dependenceMet');
  const abu = checkIds(DSM4_ABUSE.criteria, input.abuseMet, 'abuseMet');
  const errors = [...(dep.ok ? [] : dep.errors), ...(abu.ok ? [] : abu.errors)];
  if (typeof input.dependenceEverMet !== 'boolean') {
    errors.push({ path: 'dependenceEverMet', message: 'must be true or false' });
  }
  if (!dep.ok || !abu.ok || errors.length > 0) return { ok: false, errors };

  const depCount = dep.ids.size;
  const dependenceMet = depCount >= DSM4_DEPENDENCE.threshold;
  const applicable = !dependenceMet && !input.dependenceEverMet;
  const abuseCount = abu.ids.size;
  const abuseMet = applicable && abuseCount >= DSM4_ABUSE.threshold;
  return {
    ok: true,
    dependence: { count: depCount, threshold: DSM4_DEPENDENCE.threshold, met: dependenceMet },
    abuse: { count: abuseCount, threshold: DSM4_ABUSE.threshold, applicable, met: abuseMet },
    diagnosis: dependenceMet ? 'dependence' : abuseMet ? 'abuse' : 'none',
  };
}

export interface Dsm5Options {
  /** Tolerance and withdrawal do not count when the substance is taken solely so. */
  solelyUnderMedicalSupervision: boolean;
  /** When given, criteria the class lacks (withdrawal for some) are refused. */
  substanceClass?: SubstanceClassId;
}

export type SeverityResult =
  | {
      ok: true;
      /** Criteria that count toward severity. */
      count: number;
      /** Ticked but not counted (medical supervision rule), in checklist order. */
      notCounted: string[];
      severity: UseDisorderSeverity;
    }
  | Failure;

/** DSM-5 substance use disorder: 2–3 mild, 4–5 moderate, ≥ 6 severe. */
export function evaluateDsm5SubstanceUseDisorder(
  met: unknown,
  options: Dsm5Options,
): SeverityResult {
  const checklist = DSM5_SUBSTANCE_USE_DISORDER;
  const checked = checkIds(checklist.criteria, met, 'met');
  const errors = checked.ok ? [] : [...checked.errors];
  if (typeof options.solelyUnderMedicalSupervision !== 'boolean') {
    errors.push({ path: 'solelyUnderMedicalSupervision', message: 'must be true or false' });
  }
  const cls = SUBSTANCE_CLASSES.find((s) => s.id === options.substanceClass);
  if (options.substanceClass !== undefined) {
    if (cls === undefined || !cls.checklists.includes('dsm5-substance-use-disorder')) {
      errors.push({
        path: 'substanceClass',
        message: 'must be a substance class the DSM-5 substance use disorder checklist applies to',
      });
    } else if (!cls.dsm5Withdrawal && Array.isArray(met)) {
      const i = met.indexOf('withdrawal');
      if (i >= 0) {
        errors.push({
          path: `met[${i}]`,
          message: `withdrawal is not a DSM-5 criterion for ${cls.label.en.toLowerCase()}`,
        });
      }
    }
  }
  if (!checked.ok || errors.length > 0) return { ok: false, errors };

  const excluded = new Set(
    options.solelyUnderMedicalSupervision ? DSM5_MEDICAL_SUPERVISION_EXCLUDED : [],
  );
  const ordered = checklist.criteria.map((k) => k.id).filter((id) => checked.ids.has(id));
  const notCounted = ordered.filter((id) => excluded.has(id));
  const count = ordered.length - notCounted.length;
  return { ok: true, count, notCounted, severity: severityFor(checklist.severities, count) };
}

/** DSM-5 gambling disorder: 4–5 mild, 6–7 moderate, 8–9 severe. */
export function evaluateGamblingDisorder(met: unknown): SeverityResult {
  const checklist = DSM5_GAMBLING_DISORDER;
  const checked = checkIds(checklist.criteria, met, 'met');
  if (!checked.ok) return checked;
  const count = checked.ids.size;
  return { ok: true, count, notCounted: [], severity: severityFor(checklist.severities, count) };
}
