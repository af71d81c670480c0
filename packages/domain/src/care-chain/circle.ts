import type { LocalizedText } from '../instruments/types.ts';

/**
 * The person's circle (F1; seeds 000, 001): children in the household or with regular contact
 * (barn som anhöriga, HSL 5 kap 7 §, SoL 5 kap 1 a §) and adult relatives, with what
 * information, advice and support each has been given, by whom and when; and the
 * children-as-relatives question, asked where a SIP or an intervention starts.
 */
export const CIRCLE_MEMBER_KINDS = ['child', 'adult'] as const;
export type CircleMemberKind = (typeof CIRCLE_MEMBER_KINDS)[number];

/** How a child is close to the person. */
export const CHILD_CONTACTS = ['household', 'regular-contact'] as const;
export type ChildContact = (typeof CHILD_CONTACTS)[number];

export const SUPPORT_KINDS = ['information', 'advice', 'support'] as const;
export type SupportKind = (typeof SUPPORT_KINDS)[number];

export const CHILDREN_ANSWERS = ['children-identified', 'no-children', 'declined'] as const;
export type ChildrenAnswer = (typeof CHILDREN_ANSWERS)[number];

export const CHILDREN_QUESTION_CONTEXTS = ['intervention', 'sip', 'other'] as const;
export type ChildrenQuestionContext = (typeof CHILDREN_QUESTION_CONTEXTS)[number];

const t = (sv: string, en: string): LocalizedText => ({ sv, en });

export const CIRCLE_LABELS = {
  kind: {
    child: t('Barn', 'Child'),
    adult: t('Vuxen närstående', 'Adult relative'),
  } satisfies Record<CircleMemberKind, LocalizedText>,
  contact: {
    household: t('Bor i hushållet', 'Lives in the household'),
    'regular-contact': t('Regelbunden kontakt', 'Regular contact'),
  } satisfies Record<ChildContact, LocalizedText>,
  support: {
    information: t('Information', 'Information'),
    advice: t('Råd', 'Advice'),
    support: t('Stöd', 'Support'),
  } satisfies Record<SupportKind, LocalizedText>,
  answer: {
    'children-identified': t(
      'Har barn – registrerade i nätverket',
      'Has children – recorded in the circle',
    ),
    'no-children': t(
      'Inga barn i hushållet eller med regelbunden kontakt',
      'No children in the household or with regular contact',
    ),
    declined: t('Personen ville inte svara', 'The person did not want to answer'),
  } satisfies Record<ChildrenAnswer, LocalizedText>,
};
