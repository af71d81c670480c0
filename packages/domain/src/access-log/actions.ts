import type { LocalizedText } from '../instruments/types.ts';

/**
 * Every action the server writes to the access log, with the words people read instead of the
 * code: `label` for the manager's log review (loggkontroll), `extract` for the person's register
 * extract (registerutdrag), where it follows the unit's name ("Beroendecentrum läste dina
 * screeningar"). `extract` is null for administration and for recording a completed log review, which are never
 * about one person.
 *
 * The server's `appendAccessLog` takes only these codes (type `AccessAction`), so a module that
 * logs a new code does not compile until the code is added here with its words.
 */
export interface AccessActionText {
  label: LocalizedText;
  extract: LocalizedText | null;
}

const t = (sv: string, en: string): LocalizedText => ({ sv, en });

// Phrases shared by several codes: the extract groups by phrase, so "read your SIP's earlier
// versions" is one line whether the list, one version or a comparison was opened.
const SIP_VERSIONS = t('läste tidigare versioner av din SIP', 'read earlier versions of your SIP');
const SIP_SHOWN = t('såg din SIP i en lista', 'saw your SIP in a list');
const EMERGENCY_REVIEW = t(
  'granskade en nödåtkomst till dina uppgifter',
  'reviewed an emergency access to your records',
);
const SCREENINGS_READ = t('läste dina screeningar', 'read your screenings');
const ASSESSMENTS_READ = t('läste dina bedömningar', 'read your assessments');

export const ACCESS_ACTIONS = {
  // Persons and care relations
  'person.register': {
    label: t('Registrerade personen', 'Registered the person'),
    extract: t('registrerade dig som aktuell hos enheten', 'registered you with the unit'),
  },
  'person.read': {
    label: t('Öppnade personens uppgifter', 'Opened the person’s details'),
    extract: t('läste dina personuppgifter', 'read your personal details'),
  },
  'person.search': {
    label: t('Sökte fram personen', 'Found the person in a search'),
    extract: t('sökte fram dig', 'found you in a search'),
  },
  'person.list': {
    label: t('Visade personen i enhetens lista', 'Showed the person in the unit’s list'),
    extract: t('såg ditt namn i enhetens lista', 'saw your name in the unit’s list'),
  },
  'person.access-extract': {
    label: t('Tog fram registerutdrag', 'Produced a register extract'),
    extract: t('tog fram ett registerutdrag åt dig', 'produced a register extract for you'),
  },
  'care-relation.close': {
    label: t('Avslutade vårdrelationen', 'Closed the care relation'),
    extract: t('avslutade din kontakt med enheten', 'closed your contact with the unit'),
  },
  // Consent
  'consent.create': {
    label: t('Registrerade samtycke', 'Recorded a consent'),
    extract: t('registrerade ditt samtycke', 'recorded your consent'),
  },
  'consent.list': {
    label: t('Läste samtycken', 'Read the consents'),
    extract: t('läste dina samtycken', 'read your consents'),
  },
  'consent.revoke': {
    label: t('Registrerade återkallat samtycke', 'Recorded a revoked consent'),
    extract: t(
      'registrerade att du återkallade ett samtycke',
      'recorded that you revoked a consent',
    ),
  },
  // Emergency access
  'emergency-access.open': {
    label: t('Öppnade nödåtkomst', 'Opened emergency access'),
    extract: t('öppnade dina uppgifter med nödåtkomst', 'opened your records by emergency access'),
  },
  'emergency-access.review-list': {
    label: t('Visade nödåtkomst att granska', 'Listed emergency access to review'),
    extract: EMERGENCY_REVIEW,
  },
  'emergency-access.review': {
    label: t('Granskade nödåtkomst', 'Reviewed emergency access'),
    extract: EMERGENCY_REVIEW,
  },
  // The access log itself
  'access-log.read': {
    label: t('Granskade loggen (loggkontroll)', 'Reviewed the log (log review)'),
    extract: t(
      'granskade loggen över vem som sett dina uppgifter',
      'reviewed the log of who has seen your records',
    ),
  },
  'access-log.review': {
    label: t('Registrerade genomförd loggkontroll', 'Recorded a completed log review'),
    extract: null,
  },
  // A refused attempt that no service logged itself (audit/refusals.ts)
  'request.refused': {
    label: t('Nekat försök', 'Refused attempt'),
    extract: t(
      'försökte nå dina uppgifter men nekades',
      'tried to reach your records but was refused',
    ),
  },
  // Screening and assessment
  'screening.create': {
    label: t('Registrerade screening (AUDIT/DUDIT)', 'Recorded a screening (AUDIT/DUDIT)'),
    extract: t(
      'registrerade en screening om dig (AUDIT eller DUDIT)',
      'recorded your screening (AUDIT or DUDIT)',
    ),
  },
  'screening.list': {
    label: t('Läste screeningar', 'Read the screenings'),
    extract: SCREENINGS_READ,
  },
  'screening.timeline': {
    label: t(
      'Läste screeningar och bedömningar över tid',
      'Read screenings and assessments over time',
    ),
    extract: t('läste dina screeningar och bedömningar', 'read your screenings and assessments'),
  },
  'screening.fhir-read': {
    label: t(
      'Hämtade screening till annat system (FHIR)',
      'Fetched a screening to another system (FHIR)',
    ),
    extract: t(
      'hämtade en av dina screeningar till ett annat IT-system',
      'fetched one of your screenings into another IT system',
    ),
  },
  'screening.self-fill-start': {
    label: t(
      'Lämnade skärmen till personen (självskattning)',
      'Handed the screen to the person (self-assessment)',
    ),
    extract: t(
      'lät dig fylla i ett frågeformulär själv',
      'let you fill in a questionnaire yourself',
    ),
  },
  'screening.self-fill-answers': {
    label: t('Sparade personens egna svar', 'Saved the person’s own answers'),
    extract: t('sparade dina svar i frågeformuläret', 'saved your answers to the questionnaire'),
  },
  'screening.self-fill-end': {
    label: t(
      'Tog tillbaka skärmen efter självskattning',
      'Took the screen back after self-assessment',
    ),
    extract: t(
      'tog emot dina svar i frågeformuläret',
      'received your answers to the questionnaire',
    ),
  },
  'assessment.create': {
    label: t('Registrerade bedömning', 'Recorded an assessment'),
    extract: t('registrerade en bedömning om dig', 'recorded an assessment of you'),
  },
  'assessment.list': {
    label: t('Läste bedömningar', 'Read the assessments'),
    extract: ASSESSMENTS_READ,
  },
  'assessment.asi-comparison': {
    label: t('Jämförde ASI-intervjuer', 'Compared ASI interviews'),
    extract: t('läste dina ASI-intervjuer', 'read your ASI interviews'),
  },
  // SIP
  'sip.propose': {
    label: t('Föreslog SIP', 'Proposed a SIP'),
    extract: t(
      'föreslog en samordnad individuell plan (SIP) för dig',
      'proposed a coordinated individual plan (SIP) for you',
    ),
  },
  'sip.list': { label: t('Listade SIP', 'Listed SIPs'), extract: SIP_SHOWN },
  'sip.worklist': {
    label: t('Visade SIP i arbetslistan', 'Showed the SIP on the worklist'),
    extract: SIP_SHOWN,
  },
  'sip.read': {
    label: t('Läste SIP', 'Read the SIP'),
    extract: t('läste din SIP', 'read your SIP'),
  },
  'sip.versions': {
    label: t('Läste SIP-versioner', 'Read the SIP versions'),
    extract: SIP_VERSIONS,
  },
  'sip.version.read': {
    label: t('Läste en SIP-version', 'Read a SIP version'),
    extract: SIP_VERSIONS,
  },
  'sip.diff': {
    label: t('Jämförde SIP-versioner', 'Compared SIP versions'),
    extract: SIP_VERSIONS,
  },
  'sip.history': {
    label: t('Läste SIP-historiken', 'Read the SIP history'),
    extract: t('läste historiken för din SIP', 'read the history of your SIP'),
  },
  'sip.plan.update': {
    label: t('Ändrade SIP', 'Changed the SIP'),
    extract: t('ändrade i din SIP', 'changed your SIP'),
  },
  'sip.invite': {
    label: t('Kallade till SIP-möte', 'Invited to a SIP meeting'),
    extract: t('kallade till möte om din SIP', 'invited to a meeting about your SIP'),
  },
  'sip.invitation-letter': {
    label: t('Skrev ut kallelse till SIP-möte', 'Printed a SIP meeting invitation'),
    extract: t('skrev ut din kallelse till SIP-möte', 'printed your invitation to a SIP meeting'),
  },
  'sip.participant.respond': {
    label: t('Svarade på kallelse till SIP-möte', 'Answered a SIP meeting invitation'),
    extract: t(
      'svarade på kallelsen till möte om din SIP',
      'answered the invitation to a meeting about your SIP',
    ),
  },
  'sip.participant.remove': {
    label: t('Tog bort en deltagare ur SIP', 'Removed a participant from the SIP'),
    extract: t('ändrade vilka som deltar i din SIP', 'changed who takes part in your SIP'),
  },
  'sip.relatives-objection': {
    label: t(
      'Registrerade personens inställning till närståendes deltagande',
      'Recorded the person’s wish about relatives taking part',
    ),
    extract: t(
      'registrerade vad du vill om att närstående deltar i din SIP',
      'recorded your wish about relatives taking part in your SIP',
    ),
  },
  'sip.meeting': {
    label: t('Registrerade hållet SIP-möte', 'Recorded a SIP meeting held'),
    extract: t('registrerade ett möte om din SIP', 'recorded a meeting about your SIP'),
  },
  'sip.activate': {
    label: t('Gjorde SIP gällande', 'Made the SIP active'),
    extract: t('gjorde din SIP gällande', 'made your SIP active'),
  },
  'sip.follow-up': {
    label: t('Registrerade uppföljning av SIP', 'Recorded a SIP follow-up'),
    extract: t('följde upp din SIP', 'followed up your SIP'),
  },
  'sip.close': {
    label: t('Avslutade SIP', 'Closed the SIP'),
    extract: t('avslutade din SIP', 'closed your SIP'),
  },
  'sip.refuse': {
    label: t(
      'Registrerade att personen tackat nej till SIP',
      'Recorded that the person declined the SIP',
    ),
    extract: t('registrerade att du tackat nej till SIP', 'recorded that you declined a SIP'),
  },
  'sip.withdraw': {
    label: t('Drog tillbaka förslag om SIP', 'Withdrew a SIP proposal'),
    extract: t('drog tillbaka förslaget om SIP för dig', 'withdrew the proposal of a SIP for you'),
  },
  'sip.plan-pdf': {
    label: t('Skrev ut SIP', 'Printed the SIP'),
    extract: t('skrev ut din SIP', 'printed your SIP'),
  },
  'sip.own-view': {
    label: t('Visade personens egen version av SIP', 'Showed the person’s own version of the SIP'),
    extract: t(
      'läste din SIP i versionen skriven för dig',
      'read your SIP in the version written for you',
    ),
  },
  'sip.own-view-pdf': {
    label: t(
      'Skrev ut personens egen version av SIP',
      'Printed the person’s own version of the SIP',
    ),
    extract: t('skrev ut din SIP åt dig', 'printed your SIP for you'),
  },
  'sip.gate': {
    label: t('Kontrollerade om gällande SIP finns', 'Checked for an active SIP'),
    extract: t('kontrollerade om du har en gällande SIP', 'checked whether you have an active SIP'),
  },
  'notification.list': {
    label: t('Visade påminnelser om personens SIP', 'Showed reminders about the person’s SIP'),
    extract: t('såg en påminnelse om din SIP', 'saw a reminder about your SIP'),
  },
  // Administration: never about a person, so never in an extract.
  'organisation.create': {
    label: t('Lade till organisation', 'Added an organisation'),
    extract: null,
  },
  'organisation.update': {
    label: t('Ändrade organisation', 'Changed an organisation'),
    extract: null,
  },
  'unit.create': { label: t('Lade till enhet', 'Added a unit'), extract: null },
  'unit.update': { label: t('Ändrade enhet', 'Changed a unit'), extract: null },
  'staff.create': { label: t('Lade till konto', 'Added an account'), extract: null },
  'staff.update': { label: t('Ändrade konto', 'Changed an account'), extract: null },
  'staff.set-password': { label: t('Satte nytt lösenord', 'Set a new password'), extract: null },
  'staff.reset-second-factor': {
    label: t('Återställde tvåstegsverifiering', 'Reset the second factor'),
    extract: null,
  },
  // followup: a pseudonymised research extract (F11), logged once per extract
  'research.extract': {
    label: t(
      'Tog ut ett pseudonymiserat forskningsuttag',
      'Took out a pseudonymised research extract',
    ),
    extract: null,
  },
  // platform: retention (gallring)
  'retention.legal-hold': {
    label: t('Stoppade gallring för personen', 'Placed a legal hold on the person'),
    extract: t('stoppade gallring av dina uppgifter', 'stopped the clearing of your records'),
  },
  'retention.legal-hold-release': {
    label: t('Hävde gallringsstopp för personen', 'Released the legal hold on the person'),
    extract: t(
      'hävde stoppet för gallring av dina uppgifter',
      'released the stop on clearing your records',
    ),
  },
  'retention.cleared': {
    label: t('Gallrade personens uppgifter', 'Cleared the person’s records'),
    extract: t(
      'gallrade dina uppgifter enligt gallringsreglerna',
      'cleared your records by the retention rules',
    ),
  },
  'retention.report': {
    label: t('Tog fram gallringsrapport', 'Produced a retention report'),
    extract: null,
  },
  'retention.run': { label: t('Startade gallring', 'Started clearing'), extract: null },
} as const satisfies Record<string, AccessActionText>;

export type AccessAction = keyof typeof ACCESS_ACTIONS;

export const ACCESS_ACTION_CODES = Object.keys(ACCESS_ACTIONS) as AccessAction[];

export function isAccessAction(code: string): code is AccessAction {
  return Object.hasOwn(ACCESS_ACTIONS, code);
}

/** Said of a row whose code this version does not know (an older or newer server wrote it). */
const UNKNOWN: AccessActionText = {
  label: t('Annan åtkomst', 'Other access'),
  extract: t('tog del av dina uppgifter', 'accessed your records'),
};

export type Language = keyof LocalizedText;

/** The log review's words for an action code; never the code itself. */
export function accessActionLabel(code: string, language: Language): string {
  return (isAccessAction(code) ? ACCESS_ACTIONS[code] : UNKNOWN).label[language];
}

/** The extract's phrase for an action code, to follow the unit's name. */
export function accessActionExtract(code: string, language: Language): string {
  const text = isAccessAction(code) ? ACCESS_ACTIONS[code].extract : UNKNOWN.extract;
  return (text ?? UNKNOWN.extract!)[language];
}
