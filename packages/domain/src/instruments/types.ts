// Shared shapes of the screening instruments (F4). Pure data; no I/O.

/** Swedish first: the platform's working language; English second. */
export interface LocalizedText {
  sv: string;
  en: string;
}

/** Sex as recorded on the person; cut-offs differ by sex, and 'unknown' shows both readings. */
export type Sex = 'female' | 'male' | 'unknown';
export const SEXES: readonly Sex[] = ['female', 'male', 'unknown'];

/** One bad input, named by its path in the request body, e.g. `answers[8]`. */
export interface InstrumentError {
  path: string;
  message: string;
}

export interface Coding {
  system: string;
  code: string;
  display: string;
}

export interface AnswerOption {
  /** Stable code of the option within its item (used in FHIR valueCoding). */
  code: string;
  label: LocalizedText;
  points: number;
}

export interface QuestionnaireItem {
  /** Stable id, never renumbered: stored answers and FHIR linkIds refer to it. */
  id: string;
  /** 1-based number as printed on the form. */
  number: number;
  text: LocalizedText;
  /** Helper text shown with the item (e.g. what a standard drink is). */
  help?: LocalizedText;
  /** Answers are stored as the 0-based index into this list. */
  options: readonly AnswerOption[];
  /** Standard code of the item, only where it is known with certainty. */
  code?: Coding;
}

export type InstrumentId = 'AUDIT' | 'DUDIT';

export interface QuestionnaireDefinition {
  id: InstrumentId;
  /** Version of this definition (wording and scoring); bump when either changes. */
  version: string;
  title: LocalizedText;
  /** Who made it and where it comes from; carried into FHIR `publisher`/`copyright`. */
  source: string;
  items: readonly QuestionnaireItem[];
  /** Standard code of the whole panel, if any. */
  code?: Coding;
  /** Standard code of the total score, if any. */
  totalCode?: Coding;
  /** Highest possible total, derived from the options but kept for display and checks. */
  maxTotal: number;
}
