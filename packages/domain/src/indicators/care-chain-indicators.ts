/**
 * The indicators of the care chain (issue 10): read from interventions, referrals,
 * withdrawal-bed requests and the circle. Each is a count of records (which adds up from units
 * to organisations to the county) or a median of days; how each is counted is written here so
 * the report says what the figure means.
 */
import type { IndicatorDefinition } from './definitions.ts';

const ongoing = {
  sv: 'Räknas i varje period där insatsen pågår någon dag (från start till avslut, eller tills vidare), hos enheten som beslutat den.',
  en: 'Counts in every period in which the intervention is ongoing on some day (from start to end, or open-ended), at the unit that decided it.',
};

export const CARE_CHAIN_INDICATORS: readonly IndicatorDefinition[] = [
  {
    code: 'medication-interventions',
    name: { sv: 'Läkemedelsinsatser', en: 'Medication interventions' },
    description: {
      sv: 'Pågående insatser med läkemedelsbehandling (kategorin läkemedel; LARO räknas för sig).',
      en: 'Ongoing interventions of medication treatment (the medication category; LARO is counted on its own).',
    },
    counting: ongoing,
    unit: 'interventions',
    kind: 'count',
    reads: ['intervention'],
    breakdown: 'total',
  },
  {
    code: 'group-treatment',
    name: { sv: 'Gruppbehandling', en: 'Group treatment' },
    description: {
      sv: 'Pågående psykosocial behandling som ges i grupp.',
      en: 'Ongoing psychosocial treatment given in a group.',
    },
    counting: ongoing,
    unit: 'interventions',
    kind: 'count',
    reads: ['intervention'],
    breakdown: 'total',
  },
  {
    code: 'individual-treatment',
    name: { sv: 'Individuell behandling', en: 'Individual treatment' },
    description: {
      sv: 'Pågående psykosocial behandling som ges individuellt.',
      en: 'Ongoing psychosocial treatment given individually.',
    },
    counting: ongoing,
    unit: 'interventions',
    kind: 'count',
    reads: ['intervention'],
    breakdown: 'total',
  },
  {
    code: 'children-as-relatives-supported',
    name: { sv: 'Barn som anhöriga som fått stöd', en: 'Children as relatives given support' },
    description: {
      sv: 'Barn i personens nätverk (barn som anhöriga) som fick information, råd eller stöd under perioden.',
      en: "Children in the person's circle (children as relatives) given information, advice or support during the period.",
    },
    counting: {
      sv: 'Ett barn räknas en gång per period om minst ett stöd gavs under perioden, hos enheten som registrerade barnet.',
      en: 'A child counts once per period when at least one support was given in it, at the unit that recorded the child.',
    },
    unit: 'children',
    kind: 'count',
    reads: ['relative-child'],
    breakdown: 'total',
  },
  {
    code: 'median-days-referral-answer',
    name: { sv: 'Mediantid för remissvar', en: 'Median days to a referral answer' },
    description: {
      sv: 'Medianen av dagar från att remissen skickades till att den besvarades.',
      en: 'The median number of days from sending a referral to its answer.',
    },
    counting: {
      sv: 'För varje remiss som besvarades under perioden: dagar från sändning till svar, hos den mottagande enheten. Obesvarade remisser räknas inte. Färre än 5 remisser visas inte.',
      en: 'For each referral answered in the period: days from sending to answer, at the receiving unit. Unanswered referrals do not count. Fewer than 5 referrals are not shown.',
    },
    unit: 'days',
    kind: 'median',
    reads: ['referral'],
    breakdown: 'total',
  },
  {
    code: 'median-days-withdrawal-bed-wait',
    name: {
      sv: 'Mediantid i kö till abstinensplats',
      en: 'Median days waiting for a withdrawal bed',
    },
    description: {
      sv: 'Medianen av dagar från begäran om abstinensplats till inskrivning.',
      en: 'The median number of days from the request for a withdrawal bed to admission.',
    },
    counting: {
      sv: 'För varje begäran som ledde till inskrivning under perioden: dagar från begäran till inskrivning, hos enheten med platserna. Återkallade begäranden räknas inte. Färre än 5 visas inte.',
      en: 'For each request admitted in the period: days from request to admission, at the unit with the beds. Cancelled requests do not count. Fewer than 5 are not shown.',
    },
    unit: 'days',
    kind: 'median',
    reads: ['withdrawal-bed'],
    breakdown: 'total',
  },
  {
    code: 'laro-under-lvm',
    name: { sv: 'LARO-patienter under LVM', en: 'LARO patients under LVM' },
    description: {
      sv: 'Pågående LARO-insatser där insatsens lagrum är LVM.',
      en: 'Ongoing LARO interventions whose legal form is LVM.',
    },
    counting: ongoing,
    unit: 'interventions',
    kind: 'count',
    reads: ['intervention'],
    breakdown: 'total',
  },
];
