import type { LocalizedText } from '../instruments/types.ts';

/**
 * Case manager and cases (F7, F8; seeds 001, 003, 004): a named case manager or ACT team per
 * person, independent of any SIP; a case closes with an outcome, and a person who returns to
 * the unit has the case reopened (återaktualiserad), counted as such.
 */
export const CASE_MANAGER_KINDS = ['case-manager', 'act-team'] as const;
export type CaseManagerKind = (typeof CASE_MANAGER_KINDS)[number];

export const CASE_OUTCOMES = [
  'goals-met',
  'partly-met',
  'moved',
  'declined-further-contact',
  'transferred',
  'deceased',
] as const;
export type CaseOutcome = (typeof CASE_OUTCOMES)[number];

const t = (sv: string, en: string): LocalizedText => ({ sv, en });

export const CASE_LABELS = {
  managerKind: {
    'case-manager': t('Case manager', 'Case manager'),
    'act-team': t('ACT-team', 'ACT team'),
  } satisfies Record<CaseManagerKind, LocalizedText>,
  outcome: {
    'goals-met': t('Målen uppnådda', 'Goals met'),
    'partly-met': t('Målen delvis uppnådda', 'Goals partly met'),
    moved: t('Flyttat', 'Moved'),
    'declined-further-contact': t('Avböjt fortsatt kontakt', 'Declined further contact'),
    transferred: t('Överfört till annan enhet', 'Transferred to another unit'),
    deceased: t('Avliden', 'Deceased'),
  } satisfies Record<CaseOutcome, LocalizedText>,
};
