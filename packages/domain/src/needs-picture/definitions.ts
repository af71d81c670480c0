/**
 * The needs picture (behovsbild, F11): de-identified counts of the target group per period —
 * who they are (sex, age), which substances (gambling and doping included), co-morbidity and
 * housing — for each principal and jointly. Each figure names the record it is read from; a
 * figure no record holds is listed as not available, never as zero (decision 0019-d).
 */
import { AGE_BANDS } from '../indicators/definitions.ts';
import { SUBSTANCE_CLASSES } from '../instruments/criteria.ts';
import type { LocalizedText } from '../instruments/types.ts';

export const NEEDS_PRINCIPALS = ['joint', 'municipality', 'region'] as const;
export type NeedsPrincipal = (typeof NEEDS_PRINCIPALS)[number];

export const NEEDS_DIMENSIONS = ['target-group', 'substance', 'co-morbidity', 'housing'] as const;
export type NeedsDimension = (typeof NEEDS_DIMENSIONS)[number];

/** Where a figure is read from; null: no record in Vårdfläta holds it. */
export type NeedsSource = 'care-relation' | 'criteria' | 'asi' | 'intervention' | null;

export interface NeedsFigure {
  code: string;
  dimension: NeedsDimension;
  name: LocalizedText;
  counting: LocalizedText;
  source: NeedsSource;
  /** A cell of a split that adds up to this figure (female + male + not stated = persons). */
  partOf?: string;
}

const t = (sv: string, en: string): LocalizedText => ({ sv, en });

const inCare = t(
  'Personer med en vårdrelation hos huvudmannen någon dag under perioden; ålder den sista dagen.',
  "Persons with a care relation at the principal on some day of the period; age on the period's last day.",
);
const criteria = t(
  'Personer med en beroendebedömning (ICD-10, DSM-IV eller DSM-5) under perioden där kriterierna för beroende, missbruk eller syndrom var uppfyllda för klassen. En person räknas en gång per klass; en person kan ha flera klasser.',
  'Persons with a dependence assessment (ICD-10, DSM-IV or DSM-5) in the period meeting the criteria for dependence, abuse or disorder for the class. A person counts once per class; a person may have several classes.',
);
const asi = (area: string, areaEn: string) =>
  t(
    `Personer vars ASI-intervju under perioden gav området ${area} intervjuarskattning 4 eller mer (måttligt till extremt problem). X och N räknas inte.`,
    `Persons whose ASI interview in the period rated the area ${areaEn} 4 or more by the interviewer (moderate to extreme problem). X and N do not count.`,
  );

export const NEEDS_FIGURES: readonly NeedsFigure[] = [
  {
    code: 'persons',
    dimension: 'target-group',
    name: t('Personer', 'Persons'),
    counting: inCare,
    source: 'care-relation',
  },
  ...(
    [
      ['female', 'Kvinnor', 'Women'],
      ['male', 'Män', 'Men'],
      ['unknown', 'Kön ej angivet', 'Sex not stated'],
    ] as const
  ).map(([sex, sv, en]): NeedsFigure => ({
    code: `sex-${sex}`,
    dimension: 'target-group',
    name: t(sv, en),
    counting: inCare,
    source: 'care-relation',
    partOf: 'persons',
  })),
  ...AGE_BANDS.map((b): NeedsFigure => ({
    code: `age-${b.code}`,
    dimension: 'target-group',
    name: b.code.endsWith('-')
      ? t(`${b.from} år och äldre`, `${b.from} and older`)
      : t(`${b.from}–${b.to} år`, `Aged ${b.from}–${b.to}`),
    counting: inCare,
    source: 'care-relation',
    partOf: 'persons',
  })),
  {
    code: 'criteria-assessed',
    dimension: 'substance',
    name: t('Bedömda med beroendekriterier', 'Assessed with dependence criteria'),
    counting: t(
      'Personer med minst en beroendebedömning under perioden: underlaget för substanserna.',
      'Persons with at least one dependence assessment in the period: the basis of the substances.',
    ),
    source: 'criteria',
  },
  ...SUBSTANCE_CLASSES.map((s): NeedsFigure => ({
    code: `substance-${s.id}`,
    dimension: 'substance',
    name: s.label,
    counting: criteria,
    source: 'criteria',
  })),
  {
    code: 'asi-assessed',
    dimension: 'co-morbidity',
    name: t('Intervjuade med ASI', 'Interviewed with ASI'),
    counting: t(
      'Personer med minst en ASI-intervju (Grund eller Uppföljning) under perioden: underlaget för samsjukligheten.',
      'Persons with at least one ASI interview (Baseline or Follow-up) in the period: the basis of co-morbidity.',
    ),
    source: 'asi',
  },
  {
    code: 'comorbidity-mental',
    dimension: 'co-morbidity',
    name: t('Psykisk ohälsa', 'Mental ill-health'),
    counting: asi('psykisk hälsa', 'mental health'),
    source: 'asi',
  },
  {
    code: 'comorbidity-physical',
    dimension: 'co-morbidity',
    name: t('Somatisk ohälsa', 'Physical ill-health'),
    counting: asi('fysisk hälsa', 'physical health'),
    source: 'asi',
  },
  {
    code: 'housing-support',
    dimension: 'housing',
    name: t('Boendestöd', 'Housing support'),
    counting: t(
      'Personer med en pågående insats psykosocialt stöd – boende under perioden.',
      'Persons with an ongoing intervention of psychosocial support – housing in the period.',
    ),
    source: 'intervention',
  },
  {
    code: 'housing-homeless',
    dimension: 'housing',
    name: t('Hemlöshet', 'Homelessness'),
    counting: t(
      'Inte tillgänglig: ingen post i Vårdfläta anger personens boendesituation (ASI:s områden omfattar inte boende).',
      "Not available: no record in Vårdfläta states the person's housing situation (the ASI areas do not cover housing).",
    ),
    source: null,
  },
];

export const NEEDS_LABELS = {
  principal: {
    joint: t('Båda huvudmännen', 'Both principals'),
    municipality: t('Kommunerna', 'The municipalities'),
    region: t('Regionen', 'The region'),
  } satisfies Record<NeedsPrincipal, LocalizedText>,
  dimension: {
    'target-group': t('Målgruppen', 'The target group'),
    substance: t('Substanser och spel', 'Substances and gambling'),
    'co-morbidity': t('Samsjuklighet', 'Co-morbidity'),
    housing: t('Boende', 'Housing'),
  } satisfies Record<NeedsDimension, LocalizedText>,
};

export function needsFigure(code: string): NeedsFigure | undefined {
  return NEEDS_FIGURES.find((f) => f.code === code);
}
