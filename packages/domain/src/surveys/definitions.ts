/**
 * Client surveys (F10), UIV-style: the client answers after a finished intervention (UIV) or
 * after outpatient treatment without a decision (UIV-EB), anonymously, on a one-time link.
 * The wording is Vårdfläta's own, modelled on the UIV questionnaires (seed 002); every item is
 * answered on the same five-step scale, or left unanswered.
 */
type Words = Readonly<{ sv: string; en: string }>;
const w = (sv: string, en: string): Words => ({ sv, en });

export type SurveyKind = 'uiv' | 'uiv-eb';
export const SURVEY_KINDS: readonly SurveyKind[] = ['uiv', 'uiv-eb'];

export const SURVEY_SCALE: readonly Words[] = [
  w('Stämmer inte alls', 'Not at all true'),
  w('Stämmer dåligt', 'Mostly not true'),
  w('Stämmer delvis', 'Partly true'),
  w('Stämmer ganska bra', 'Mostly true'),
  w('Stämmer helt', 'Completely true'),
];

const COMMON: readonly Words[] = [
  w('Jag blev bemött med respekt.', 'I was treated with respect.'),
  w('Personalen lyssnade på mig.', 'The staff listened to me.'),
  w('Jag fick vara med och bestämma vad som skulle göras.', 'I had a say in what was to be done.'),
  w('Jag fick den information jag behövde.', 'I got the information I needed.'),
  w('Jag visste vem jag skulle vända mig till.', 'I knew whom to turn to.'),
  w('Det var lätt att få kontakt med personalen.', 'It was easy to get in touch with the staff.'),
  w('Insatsen började i rimlig tid.', 'The help started in reasonable time.'),
  w('Insatsen passade mina behov.', 'The help suited my needs.'),
  w('Mitt bruk av alkohol eller droger har minskat.', 'My use of alcohol or drugs has decreased.'),
  w('Jag mår bättre nu än innan insatsen.', 'I feel better now than before the help.'),
  w('Jag skulle rekommendera insatsen till andra.', 'I would recommend this help to others.'),
  w('Jag är på det hela taget nöjd.', 'On the whole I am satisfied.'),
];

export const SURVEYS: Readonly<
  Record<SurveyKind, { name: Words; intro: Words; questions: readonly Words[] }>
> = {
  uiv: {
    name: w('Uppföljning av insatsen', 'Follow-up of the intervention'),
    intro: w(
      'Du har nyss avslutat en insats. Dina svar är anonyma: de sparas utan ditt namn och går inte att koppla till dig.',
      'You have just finished an intervention. Your answers are anonymous: they are stored without your name and cannot be linked to you.',
    ),
    questions: [
      ...COMMON,
      w('Min situation utreddes ordentligt.', 'My situation was properly assessed.'),
      w('Beslutet om insatsen var begripligt.', 'The decision about the help was understandable.'),
      w('Insatsen följdes upp medan den pågick.', 'The help was followed up while it went on.'),
      w(
        'Mina närstående fick vara delaktiga när jag ville.',
        'My relatives could take part when I wanted.',
      ),
      w(
        'Samarbetet mellan kommun och region fungerade.',
        'The municipality and the region worked well together.',
      ),
      w('Mitt boende har blivit tryggare.', 'My housing has become more secure.'),
      w('Min sysselsättning har blivit bättre.', 'My occupation has improved.'),
      w(
        'Jag vet vad jag kan göra om jag behöver hjälp igen.',
        'I know what to do if I need help again.',
      ),
    ],
  },
  'uiv-eb': {
    name: w('Uppföljning av öppenvården', 'Follow-up of the outpatient treatment'),
    intro: w(
      'Du har nyss avslutat en behandling i öppenvården. Dina svar är anonyma: de sparas utan ditt namn och går inte att koppla till dig.',
      'You have just finished outpatient treatment. Your answers are anonymous: they are stored without your name and cannot be linked to you.',
    ),
    questions: COMMON,
  },
};
