/**
 * Governance and support (F12–F18): the shapes every layer shares. The words come from the
 * county agreement (seed 001); the codes are the API's.
 */

export const DEVIATION_CATEGORIES = [
  'availability',
  'coordination',
  'quality',
  'information-transfer',
  'responsibility',
] as const;
export type DeviationCategory = (typeof DEVIATION_CATEGORIES)[number];

export const DEVIATION_STATUSES = ['open', 'answered', 'closed'] as const;
export type DeviationStatus = (typeof DEVIATION_STATUSES)[number];

export const DEVIATION_CATEGORY_LABELS: Record<DeviationCategory, { sv: string; en: string }> = {
  availability: { sv: 'Tillgänglighet', en: 'Availability' },
  coordination: { sv: 'Samordning', en: 'Coordination' },
  quality: { sv: 'Kvalitet', en: 'Quality' },
  'information-transfer': { sv: 'Informationsöverföring', en: 'Information transfer' },
  responsibility: { sv: 'Ansvarsfördelning', en: 'Responsibility' },
};

/**
 * The dispute ladder of seed 001 ("Tvist angående ansvarsfördelning"): first the ordinary line
 * organisation, then the nearest management level, then the local collaboration group
 * (LokalKOLA), last the county group (SocialKOLA). Each step has a due date this many days out.
 */
export const DISPUTE_LEVELS = [
  {
    level: 1,
    code: 'line-organisation',
    sv: 'Linjeorganisation',
    en: 'Line organisation',
    days: 14,
  },
  {
    level: 2,
    code: 'management',
    sv: 'Närmast övergripande ledningsnivå',
    en: 'Nearest management level',
    days: 14,
  },
  {
    level: 3,
    code: 'local-group',
    sv: 'Lokal samverkansgrupp',
    en: 'Local collaboration group',
    days: 30,
  },
  { level: 4, code: 'county-group', sv: 'Länsgrupp', en: 'County group', days: 60 },
] as const;
export type DisputeLevel = 1 | 2 | 3 | 4;
export const TOP_DISPUTE_LEVEL: DisputeLevel = 4;
export const DISPUTE_STATUSES = ['open', 'resolved'] as const;
export type DisputeStatus = (typeof DISPUTE_STATUSES)[number];

export const COLLABORATION_BODY_KINDS = [
  'county-steering-group',
  'local-group',
  'user-council',
] as const;
export type CollaborationBodyKind = (typeof COLLABORATION_BODY_KINDS)[number];

export const FOLLOW_UP_AREAS = ['coordination', 'availability', 'quality', 'prevention'] as const;
export type FollowUpArea = (typeof FOLLOW_UP_AREAS)[number];

export const ASSESSMENTS = ['met', 'partly-met', 'not-met'] as const;
export type Assessment = (typeof ASSESSMENTS)[number];

export const ASSESSMENT_LABELS: Record<Assessment, { sv: string; en: string }> = {
  met: { sv: 'Uppfyllt', en: 'Met' },
  'partly-met': { sv: 'Delvis uppfyllt', en: 'Partly met' },
  'not-met': { sv: 'Ej uppfyllt', en: 'Not met' },
};

/**
 * The annual follow-up's checklist, seed 001's table in its own words (5 + 3 + 6 + 2). The
 * statement ids are stable codes, so a year's answers can be compared with the next year's.
 */
export const FOLLOW_UP_CHECKLIST: readonly {
  code: FollowUpArea;
  sv: string;
  en: string;
  statements: readonly { code: string; text: string }[];
}[] = [
  {
    code: 'coordination',
    sv: 'Samordning',
    en: 'Coordination',
    statements: [
      {
        code: 'coordination-1',
        text: 'Lokala samverkansrutiner utarbetas utifrån länsövergripande riktlinjer för länets sju kommuner. Där framgår kontaktvägar, rutiner för informationsöverföring, ansvarsfördelning vid olika insatser, samarbete under olika behandlingsformer, mötesformer, gemensamma utbildningar m.m.',
      },
      {
        code: 'coordination-2',
        text: 'Samverkansgrupper på länsnivå och lokal nivå arbetar för att kontinuerligt följa upp och utveckla samverkansarbetet.',
      },
      {
        code: 'coordination-3',
        text: 'Hinder eller problem på lokal nivå följs upp och hanteras gemensamt i organisationerna.',
      },
      {
        code: 'coordination-4',
        text: 'Svårlosta hinder/problem hanteras och följs upp gemensamt på högre nivå i organisationerna.',
      },
      {
        code: 'coordination-5',
        text: 'Samordnad Individuell Plan (SIP) görs och följs där någon av huvudmännen gör bedömningen att det föreligger behov av andra professioner och verksamheter utifrån individens samtycke.',
      },
    ],
  },
  {
    code: 'availability',
    sv: 'Tillgänglighet',
    en: 'Availability',
    statements: [
      {
        code: 'availability-1',
        text: 'Berörda aktörer agerar samordnat så att insatskedjan hänger ihop utifrån individens perspektiv.',
      },
      {
        code: 'availability-2',
        text: 'Stöd, vård och behandling erbjuds till specifika målgrupper (ex. barn och unga, våldsutsatta, gravida, personer med samsjuklighet, opiatberoende)',
      },
      {
        code: 'availability-3',
        text: 'Det finns tillgång till relevanta insatser för individen som behöver vård och stöd.',
      },
    ],
  },
  {
    code: 'quality',
    sv: 'Kvalitet',
    en: 'Quality',
    statements: [
      {
        code: 'quality-1',
        text: 'Problem/hinder för samverkan dokumenteras, hanteras och följs upp över tid.',
      },
      {
        code: 'quality-2',
        text: 'Gemensamma behandlingslinjer följs och nya upprättas där det finns behov.',
      },
      { code: 'quality-3', text: 'Barnperspektivet beaktas i varje ärende.' },
      {
        code: 'quality-4',
        text: 'Brukarmedverkan för att utveckla missbruks- och beroendevården sker på övergripande och lokal nivå.',
      },
      {
        code: 'quality-5',
        text: 'Verksamheten utgår från den evidens som finns kring det man ska arbeta gemensamt med och nationella riktlinjer för missbruk och beroendevård.',
      },
      {
        code: 'quality-6',
        text: 'Personal har relevant utbildning inom missbruksområdet och möjlighet till kompetensutveckling.',
      },
    ],
  },
  {
    code: 'prevention',
    sv: 'Förebyggande arbete',
    en: 'Prevention',
    statements: [
      {
        code: 'prevention-1',
        text: 'AUDIT/DUDIT görs vid nybesök inom socialtjänst och hälso- och sjukvård samt följs upp över tid.',
      },
      { code: 'prevention-2', text: 'Rådgivning erbjuds vid behov.' },
    ],
  },
];

/** Languages of the public service directory (F17); Arabic reads right to left. */
export const PUBLIC_LANGUAGES = ['sv', 'en', 'ar', 'fi', 'so'] as const;
export type PublicLanguage = (typeof PUBLIC_LANGUAGES)[number];
export const RTL_LANGUAGES: ReadonlySet<PublicLanguage> = new Set(['ar']);
export const textDirection = (lang: PublicLanguage): 'ltr' | 'rtl' =>
  RTL_LANGUAGES.has(lang) ? 'rtl' : 'ltr';

export const PUBLIC_SERVICE_CATEGORIES = [
  'reception',
  'laro',
  'needle-exchange',
  'testing',
  'relatives-support',
  'children-support',
] as const;
export type PublicServiceCategory = (typeof PUBLIC_SERVICE_CATEGORIES)[number];

/** The directory's own words, per language (the services' texts are written by staff). */
export const PUBLIC_CATEGORY_LABELS: Record<
  PublicServiceCategory,
  Record<PublicLanguage, string>
> = {
  reception: {
    sv: 'Mottagning',
    en: 'Reception',
    ar: 'الاستقبال',
    fi: 'Vastaanotto',
    so: 'Qaybta soo dhaweynta',
  },
  laro: {
    sv: 'Läkemedelsassisterad behandling (LARO)',
    en: 'Medication-assisted treatment (LARO)',
    ar: 'العلاج بمساعدة الأدوية (LARO)',
    fi: 'Lääkkeellinen opioidiriippuvuuden hoito (LARO)',
    so: 'Daaweynta daawada lagu caawiyo (LARO)',
  },
  'needle-exchange': {
    sv: 'Sprututbyte',
    en: 'Needle exchange',
    ar: 'تبادل الحقن',
    fi: 'Neulanvaihto',
    so: 'Isweydaarsiga irbadaha',
  },
  testing: {
    sv: 'Testning för hiv och hepatit',
    en: 'Testing for HIV and hepatitis',
    ar: 'فحص فيروس نقص المناعة والتهاب الكبد',
    fi: 'HIV- ja hepatiittitestaus',
    so: 'Baaritaanka HIV iyo cagaarshowga',
  },
  'relatives-support': {
    sv: 'Stöd till anhöriga',
    en: 'Support for relatives',
    ar: 'دعم الأقارب',
    fi: 'Tuki läheisille',
    so: 'Taageerada qaraabada',
  },
  'children-support': {
    sv: 'Stöd till barn och unga',
    en: 'Support for children and young people',
    ar: 'دعم الأطفال والشباب',
    fi: 'Tuki lapsille ja nuorille',
    so: 'Taageerada carruurta iyo dhallinyarada',
  },
};
