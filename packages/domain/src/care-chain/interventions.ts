import type { LocalizedText } from '../instruments/types.ts';

/**
 * Interventions (insatser, F5) as records of their own. Psychosocial *treatment* (a method
 * with an evidence base: MI, MET, ÅP, HAP, CBT, CRA, 12-step, family therapy) is kept apart from
 * psychosocial *support* (housing, occupation, economy, contact person): they are two
 * categories, each with its own list of methods, and a method of one is refused in the other.
 */
export const INTERVENTION_CATEGORIES = [
  'psychosocial-treatment',
  'psychosocial-support',
  'withdrawal-inpatient',
  'withdrawal-outpatient',
  'laro',
  'medication',
] as const;
export type InterventionCategory = (typeof INTERVENTION_CATEGORIES)[number];

export const TREATMENT_METHODS = [
  'mi',
  'met',
  'relapse-prevention',
  'hap',
  'cbt',
  'cra',
  'twelve-step',
  'family-therapy',
  'other',
] as const;
export const SUPPORT_METHODS = [
  'housing',
  'occupation',
  'economy',
  'contact-person',
  'other',
] as const;
export type TreatmentMethod = (typeof TREATMENT_METHODS)[number];
export type SupportMethod = (typeof SUPPORT_METHODS)[number];
export type InterventionMethod = TreatmentMethod | SupportMethod;

/** The methods a category takes; the medical categories take none. */
export function methodsOf(category: InterventionCategory): readonly InterventionMethod[] {
  if (category === 'psychosocial-treatment') return TREATMENT_METHODS;
  if (category === 'psychosocial-support') return SUPPORT_METHODS;
  return [];
}

export const INTERVENTION_SETTINGS = ['individual', 'group'] as const;
export type InterventionSetting = (typeof INTERVENTION_SETTINGS)[number];

/** Voluntary, or under compulsory care: LVM, LVU, LPT. */
export const LEGAL_FORMS = ['voluntary', 'lvm', 'lvu', 'lpt'] as const;
export type LegalForm = (typeof LEGAL_FORMS)[number];

export const INTERVENTION_OUTCOMES = [
  'goals-met',
  'partly-met',
  'not-met',
  'discontinued-by-person',
  'transferred',
] as const;
export type InterventionOutcome = (typeof INTERVENTION_OUTCOMES)[number];

const t = (sv: string, en: string): LocalizedText => ({ sv, en });

export const INTERVENTION_LABELS = {
  category: {
    'psychosocial-treatment': t('Psykosocial behandling', 'Psychosocial treatment'),
    'psychosocial-support': t('Psykosocialt stöd', 'Psychosocial support'),
    'withdrawal-inpatient': t('Abstinensbehandling i slutenvård', 'Inpatient withdrawal treatment'),
    'withdrawal-outpatient': t(
      'Abstinensbehandling i öppenvård',
      'Outpatient withdrawal treatment',
    ),
    laro: t('LARO', 'Opioid substitution treatment (LARO)'),
    medication: t('Läkemedelsbehandling', 'Medication'),
  } satisfies Record<InterventionCategory, LocalizedText>,
  method: {
    mi: t('MI – motiverande samtal', 'MI – motivational interviewing'),
    met: t('MET – motivationshöjande behandling', 'MET – motivational enhancement therapy'),
    'relapse-prevention': t('ÅP – återfallsprevention', 'Relapse prevention'),
    hap: t('HAP – haschavvänjningsprogram', 'HAP – cannabis cessation programme'),
    cbt: t('KBT – kognitiv beteendeterapi', 'CBT – cognitive behavioural therapy'),
    cra: t('CRA – community reinforcement approach', 'CRA – community reinforcement approach'),
    'twelve-step': t('Tolvstegsbehandling', 'Twelve-step treatment'),
    'family-therapy': t('Familjeterapi', 'Family therapy'),
    housing: t('Boende', 'Housing'),
    occupation: t('Sysselsättning', 'Occupation'),
    economy: t('Ekonomi', 'Economy'),
    'contact-person': t('Kontaktperson', 'Contact person'),
    other: t('Annat', 'Other'),
  } satisfies Record<InterventionMethod, LocalizedText>,
  setting: {
    individual: t('Individuell', 'Individual'),
    group: t('Grupp', 'Group'),
  } satisfies Record<InterventionSetting, LocalizedText>,
  legalForm: {
    voluntary: t('Frivillig', 'Voluntary'),
    lvm: t('LVM', 'LVM (compulsory care of adult substance users)'),
    lvu: t('LVU', 'LVU (compulsory care of young persons)'),
    lpt: t('LPT', 'LPT (compulsory psychiatric care)'),
  } satisfies Record<LegalForm, LocalizedText>,
  outcome: {
    'goals-met': t('Målen uppnådda', 'Goals met'),
    'partly-met': t('Målen delvis uppnådda', 'Goals partly met'),
    'not-met': t('Målen inte uppnådda', 'Goals not met'),
    'discontinued-by-person': t('Avbruten av personen', 'Discontinued by the person'),
    transferred: t('Överförd till annan insats', 'Transferred to another intervention'),
  } satisfies Record<InterventionOutcome, LocalizedText>,
};
