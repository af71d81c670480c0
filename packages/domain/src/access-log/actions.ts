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
// carecircle:
const INTERVENTIONS_READ = t('läste dina insatser', 'read your interventions');
const REFERRALS_READ = t('läste remisser om dig', 'read referrals about you');
const COERCIVE_CARE_READ = t(
  'läste checklistan för LVM/LVU om dig',
  'read the LVM/LVU checklist about you',
);
// Contacts (0020-c)
const CONTACTS_READ = t('läste dina besök och kontakter', 'read your visits and contacts');
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
  // identity: reserve numbers and merging a reserve identity into the real person (0019-b)
  'person.register-reserve': {
    label: t(
      'Registrerade personen med reservnummer',
      'Registered the person with a reserve number',
    ),
    extract: t('registrerade dig med reservnummer', 'registered you with a reserve number'),
  },
  'person.merge': {
    label: t(
      'Slog samman reservidentitet med verklig identitet',
      'Merged a reserve identity into the real person',
    ),
    extract: t(
      'slog samman en reservidentitet med dina uppgifter',
      'merged a reserve identity into your records',
    ),
  },
  'person.merge-preview': {
    label: t('Visade vad en sammanslagning flyttar', 'Showed what a merge would move'),
    extract: t(
      'läste vilka av dina uppgifter som skulle flyttas',
      'read which of your records a merge would move',
    ),
  },
  'person.merged-into.read': {
    label: t('Följde en sammanslagen reservidentitet', 'Followed a merged reserve identity'),
    extract: t(
      'följde en äldre reservidentitet till dig',
      'followed an old reserve identity to you',
    ),
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
  // carecircle: care chains — interventions, referrals, the circle, case management, LVM/LVU
  'intervention.create': {
    label: t('Registrerade insats', 'Recorded an intervention'),
    extract: t('registrerade en insats för dig', 'recorded an intervention for you'),
  },
  'intervention.list': {
    label: t('Läste insatser', 'Read the interventions'),
    extract: INTERVENTIONS_READ,
  },
  'intervention.read': {
    label: t('Läste en insats', 'Read an intervention'),
    extract: INTERVENTIONS_READ,
  },
  'intervention.end': {
    label: t('Avslutade insats med utfall', 'Ended an intervention with its outcome'),
    extract: t('avslutade en av dina insatser', 'ended one of your interventions'),
  },
  // Contacts: visits, calls and group sessions (0020-c)
  'contact.create': {
    label: t('Registrerade besök eller kontakt', 'Recorded a visit or contact'),
    extract: t(
      'registrerade ett besök eller en kontakt med dig',
      'recorded a visit or contact with you',
    ),
  },
  'contact.list': {
    label: t('Läste besök och kontakter', 'Read the visits and contacts'),
    extract: CONTACTS_READ,
  },
  'contact.update': {
    label: t('Rättade besök eller kontakt', 'Corrected a visit or contact'),
    extract: t(
      'ändrade uppgifterna om ett av dina besök eller en av dina kontakter',
      'changed the details of one of your visits or contacts',
    ),
  },
  'contact.cancel': {
    label: t('Ställde in besök eller kontakt', 'Cancelled a visit or contact'),
    extract: t(
      'ställde in ett av dina besök eller en av dina kontakter',
      'cancelled one of your visits or contacts',
    ),
  },
  'contact.worklist': {
    label: t(
      'Visade besök eller kontakt som väntar på utfall i arbetslistan',
      'Showed a visit or contact awaiting its outcome on the worklist',
    ),
    extract: t(
      'såg ett av dina bokade besök eller en av dina bokade kontakter i en arbetslista',
      'saw one of your booked visits or contacts on a worklist',
    ),
  },
  'care-worklist.read': {
    label: t(
      'Visade personen i arbetslistan för vårdkedjan',
      'Showed the person on the care-chain worklist',
    ),
    extract: t('såg ditt namn i en arbetslista', 'saw your name on a worklist'),
  },
  'referral.create': {
    label: t('Skickade remiss eller konsultation', 'Sent a referral or consultation'),
    extract: t('skickade en remiss om dig', 'sent a referral about you'),
  },
  'referral.list': {
    label: t('Läste remisser', 'Read the referrals'),
    extract: REFERRALS_READ,
  },
  'referral.read': {
    label: t('Läste en remiss', 'Read a referral'),
    extract: REFERRALS_READ,
  },
  'referral.answer': {
    label: t('Besvarade remiss', 'Answered a referral'),
    extract: t('besvarade en remiss om dig', 'answered a referral about you'),
  },
  'circle.read': {
    label: t('Läste personens närstående och barn', 'Read the person’s relatives and children'),
    extract: t('läste uppgifter om dina närstående', 'read your relatives’ details'),
  },
  'circle.write': {
    label: t('Registrerade närstående eller barn', 'Recorded a relative or child'),
    extract: t('registrerade uppgifter om dina närstående', 'recorded details of your relatives'),
  },
  'case-manager.assign': {
    label: t('Utsåg case manager', 'Assigned a case manager'),
    extract: t('utsåg en case manager för dig', 'assigned you a case manager'),
  },
  'case-manager.list': {
    label: t('Visade personen bland mina personer', 'Showed the person among my persons'),
    extract: t('såg ditt namn i en lista över egna ärenden', 'saw your name in a caseload'),
  },
  'case.close': {
    label: t('Avslutade ärendet med utfall', 'Closed the case with its outcome'),
    extract: t('avslutade ditt ärende', 'closed your case'),
  },
  'case.open': {
    label: t('Öppnade ärende', 'Opened a case'),
    extract: t('öppnade ett ärende om dig', 'opened a case about you'),
  },
  'case.reopen': {
    label: t('Återaktualiserade ärendet', 'Reopened the case'),
    extract: t('återaktualiserade ditt ärende', 'reopened your case'),
  },
  // LVM/LVU process checklist (decision 0019-a)
  'coercive-care.create': {
    label: t('Startade LVM/LVU-process', 'Started an LVM/LVU process'),
    extract: t('startade en LVM/LVU-process om dig', 'started an LVM/LVU process about you'),
  },
  'coercive-care.list': {
    label: t('Läste LVM/LVU-processer', 'Read the LVM/LVU processes'),
    extract: COERCIVE_CARE_READ,
  },
  'coercive-care.read': {
    label: t('Läste en LVM/LVU-process', 'Read an LVM/LVU process'),
    extract: COERCIVE_CARE_READ,
  },
  'coercive-care.step': {
    label: t('Registrerade ett steg i LVM/LVU-processen', 'Recorded a step of the LVM/LVU process'),
    extract: t(
      'registrerade ett steg i LVM/LVU-processen om dig',
      'recorded a step of the LVM/LVU process about you',
    ),
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
  'integrated-reception.create': {
    label: t('Lade till integrerad mottagning', 'Added an integrated reception'),
    extract: null,
  },
  'integrated-reception.update': {
    label: t('Ändrade integrerad mottagning', 'Changed an integrated reception'),
    extract: null,
  },
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
  // gov: a dispute between the principals about one person's care (F13)
  'dispute.link-person': {
    label: t('Kopplade personen till en tvist', 'Linked the person to a dispute'),
    extract: t(
      'kopplade dig till ett ärende om ansvarsfördelning mellan huvudmännen',
      'linked you to a matter of responsibility between the principals',
    ),
  },
  'dispute.read': {
    label: t('Läste en tvist som rör personen', 'Read a dispute about the person'),
    extract: t(
      'läste ett ärende om ansvarsfördelning som rör dig',
      'read a matter of responsibility that concerns you',
    ),
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
  // care: care chains (withdrawal beds, placements, disclosures, LOB)
  'withdrawal-request.create': {
    label: t('Begärde abstinensplats', 'Requested a withdrawal bed'),
    extract: t(
      'begärde en vårdplats för abstinensbehandling åt dig',
      'requested a withdrawal bed for you',
    ),
  },
  'withdrawal-request.list': {
    label: t(
      'Visade personen i kön till abstinensplats',
      'Showed the person in the withdrawal-bed queue',
    ),
    extract: t('såg din begäran om vårdplats i kön', 'saw your request for a bed in the queue'),
  },
  'withdrawal-request.worklist': {
    label: t(
      'Visade begäran om abstinensplats i arbetslistan',
      'Showed the bed request on the worklist',
    ),
    extract: t(
      'såg din begäran om vårdplats i en arbetslista',
      'saw your request for a bed on a worklist',
    ),
  },
  'withdrawal-request.read': {
    label: t('Läste begäran om abstinensplats', 'Read the withdrawal-bed requests'),
    extract: t('läste dina begäranden om vårdplats', 'read your requests for a bed'),
  },
  'withdrawal-request.triage': {
    label: t('Bedömde medicinsk angelägenhet', 'Triaged the medical urgency'),
    extract: t('bedömde hur brådskande din vårdplats är', 'assessed how urgent your bed is'),
  },
  'withdrawal-request.admit': {
    label: t('Skrev in på abstinensplats', 'Admitted to a withdrawal bed'),
    extract: t('skrev in dig på en vårdplats', 'admitted you to a bed'),
  },
  'withdrawal-request.discharge': {
    label: t('Skrev ut med samlad vårdplanering', 'Discharged with a coordinated aftercare plan'),
    extract: t(
      'skrev ut dig och planerade eftervården med dig',
      'discharged you and planned your aftercare with you',
    ),
  },
  'placement.create': {
    label: t('Placerade på HVB', 'Placed at an HVB'),
    extract: t('beslutade om din placering på HVB', 'decided on your placement at an HVB'),
  },
  'placement.list': {
    label: t('Läste placeringar', 'Read the placements'),
    extract: t('läste dina placeringar', 'read your placements'),
  },
  'placement.read': {
    label: t('Öppnade en placering', 'Opened a placement'),
    extract: t('läste om din placering', 'read about your placement'),
  },
  'placement.medication-change': {
    label: t(
      'Registrerade läkemedelsändring under placering',
      'Recorded a medication change during a placement',
    ),
    extract: t(
      'registrerade en ändring av din medicinering',
      'recorded a change of your medication',
    ),
  },
  'placement.medication-confirm': {
    label: t(
      'Bekräftade läkemedelsändring som LARO-läkare',
      'Confirmed a medication change as LARO physician',
    ),
    extract: t(
      'bekräftade en ändring av din medicinering',
      'confirmed a change of your medication',
    ),
  },
  'placement.follow-up-report': {
    label: t('Skickade uppföljningsrapport från HVB', 'Sent a follow-up report from the HVB'),
    extract: t('skickade en uppföljningsrapport om dig', 'sent a follow-up report about you'),
  },
  'placement.discharge-meeting': {
    label: t('Kallade till utskrivningssamtal', 'Called a discharge meeting'),
    extract: t('kallade till ditt utskrivningssamtal', 'called your discharge meeting'),
  },
  'placement.end': {
    label: t('Avslutade placering', 'Ended a placement'),
    extract: t('avslutade din placering', 'ended your placement'),
  },
  'placement.worklist': {
    label: t(
      'Visade läkemedelsändring i arbetslistan',
      'Showed a medication change on the worklist',
    ),
    extract: t(
      'såg en ändring av din medicinering i en arbetslista',
      'saw a change of your medication on a worklist',
    ),
  },
  'handover.create': {
    label: t('Lämnade över behandlingsansvar', 'Handed over treatment responsibility'),
    extract: t(
      'lämnade över ansvaret för din behandling',
      'handed over the responsibility for your treatment',
    ),
  },
  'handover.accept': {
    label: t('Tog emot behandlingsansvar', 'Accepted treatment responsibility'),
    extract: t(
      'tog över ansvaret för din behandling',
      'took over the responsibility for your treatment',
    ),
  },
  'handover.worklist': {
    label: t('Visade överlämning i arbetslistan', 'Showed a hand-over on the worklist'),
    extract: t(
      'såg överlämningen av din behandling i en arbetslista',
      'saw the hand-over of your treatment on a worklist',
    ),
  },
  'disclosure.create': {
    label: t('Lämnade uppgifter med stöd av lag', 'Disclosed information on a legal ground'),
    extract: t(
      'lämnade uppgifter om dig utan samtycke, med stöd av lag',
      'disclosed information about you without consent, on a legal ground',
    ),
  },
  'disclosure.list': {
    label: t('Läste lämnade uppgifter om personen', 'Read the disclosures about the person'),
    extract: t(
      'läste vilka uppgifter om dig som lämnats med stöd av lag',
      'read which information about you was disclosed on a legal ground',
    ),
  },
  'disclosure.read': {
    label: t(
      'Tog emot uppgifter lämnade med stöd av lag',
      'Received information disclosed on a legal ground',
    ),
    extract: t(
      'tog emot uppgifter om dig som lämnats med stöd av lag',
      'received information about you disclosed on a legal ground',
    ),
  },
  'disclosure.acknowledge': {
    label: t('Kvitterade mottagna uppgifter', 'Acknowledged a received disclosure'),
    extract: t(
      'kvitterade uppgifter om dig som lämnats med stöd av lag',
      'acknowledged information about you disclosed on a legal ground',
    ),
  },
  'lob-intake.create': {
    label: t('Registrerade LOB-intag för tillnyktring', 'Recorded a LOB sobering intake'),
    extract: t('tog emot dig för tillnyktring enligt LOB', 'received you for sobering under LOB'),
  },
  'lob-intake.list': {
    label: t('Läste LOB-intag', 'Read the LOB intakes'),
    extract: t('läste om dina tillnyktringar', 'read about your sobering stays'),
  },
  'lob-intake.handover': {
    label: t('Lämnade över efter tillnyktring', 'Handed over after sobering'),
    extract: t('lämnade över dig efter tillnyktringen', 'handed you over after sobering'),
  },
  'lob-intake.receive': {
    label: t('Tog emot överlämning efter tillnyktring', 'Received a hand-over after sobering'),
    extract: t('tog emot dig efter tillnyktringen', 'took you over after sobering'),
  },
  'lob-intake.worklist': {
    label: t('Visade LOB-intag i arbetslistan', 'Showed a LOB intake on the worklist'),
    extract: t('såg din tillnyktring i en arbetslista', 'saw your sobering stay on a worklist'),
  },
  // auth: the two-person rule and sign-in locks (decision 0012)
  'staff.propose-role': {
    label: t('Föreslog ny roll för konto', 'Proposed a new role for an account'),
    extract: null,
  },
  'staff.approve': {
    label: t('Godkände kontoändring (två personer)', 'Approved an account change (two persons)'),
    extract: null,
  },
  'staff.unlock': {
    label: t('Hävde inloggningsspärr', 'Lifted a sign-in lock'),
    extract: null,
  },
  // audits: user-led audits (brukarrevision, 0019-c): governance with no person in it, logged
  // so the unit's log review shows who commissioned, collected, published and answered
  'user-led-audit.commission': {
    label: t('Beställde brukarrevision', 'Commissioned a user-led audit'),
    extract: null,
  },
  'user-led-audit.list': {
    label: t('Visade brukarrevisioner', 'Listed user-led audits'),
    extract: null,
  },
  'user-led-audit.read': {
    label: t('Läste brukarrevision', 'Read a user-led audit'),
    extract: null,
  },
  'user-led-audit.invite-auditor': {
    label: t('Bjöd in brukarrevisor', 'Invited a user auditor'),
    extract: null,
  },
  'user-led-audit.team-read': {
    label: t('Brukarrevisor öppnade revisionen', 'A user auditor opened the audit'),
    extract: null,
  },
  'user-led-audit.questions': {
    label: t('Brukarrevisor sparade frågorna', 'A user auditor saved the questions'),
    extract: null,
  },
  'user-led-audit.open': {
    label: t('Brukarrevisor öppnade insamlingen', 'A user auditor opened the collection'),
    extract: null,
  },
  'user-led-audit.answer-links': {
    label: t('Brukarrevisor skapade svarslänkar', 'A user auditor made answer links'),
    extract: null,
  },
  'user-led-audit.answer': {
    label: t('Anonymt svar på brukarrevision', 'An anonymous answer to a user-led audit'),
    extract: null,
  },
  'user-led-audit.paper-answer': {
    label: t(
      'Brukarrevisor förde in svar från intervju',
      'A user auditor entered an answer from an interview',
    ),
    extract: null,
  },
  'user-led-audit.close': {
    label: t('Brukarrevisor stängde insamlingen', 'A user auditor closed the collection'),
    extract: null,
  },
  'user-led-audit.report': {
    label: t('Brukarrevisor sparade rapporten', 'A user auditor saved the report'),
    extract: null,
  },
  'user-led-audit.publish': {
    label: t('Brukarrevisor publicerade rapporten', 'A user auditor published the report'),
    extract: null,
  },
  'user-led-audit.respond': {
    label: t('Besvarade brukarrevisionen', 'Answered the user-led audit'),
    extract: null,
  },
  // gov: joint financing (F18, decision 0019-e). Keys, populations, periods and costs are
  // administration; a placement's rate and its line in a settlement are about the person.
  'joint-financing.operation-create': {
    label: t('Lade till samfinansierad verksamhet', 'Added a jointly financed operation'),
    extract: null,
  },
  'joint-financing.key-create': {
    label: t('Beslutade kostnadsfördelningsnyckel', 'Set a cost-sharing key'),
    extract: null,
  },
  'joint-financing.population-set': {
    label: t('Registrerade invånarantal', 'Recorded population figures'),
    extract: null,
  },
  'joint-financing.period-create': {
    label: t('Lade till avräkningsperiod', 'Added a settlement period'),
    extract: null,
  },
  'joint-financing.cost-set': {
    label: t('Registrerade verksamhetens kostnad', 'Recorded the operation’s cost'),
    extract: null,
  },
  'joint-financing.period-settle': {
    label: t('Fastställde avräkningen', 'Settled the period'),
    extract: null,
  },
  'joint-financing.daily-rate': {
    label: t('Registrerade dygnskostnad för placering', 'Recorded a placement’s daily rate'),
    extract: t(
      'registrerade dygnskostnaden för din placering',
      'recorded the daily rate of your placement',
    ),
  },
  'joint-financing.settlement-read': {
    label: t('Tog fram avräkning (placeringens kostnad)', 'Produced a settlement (placement cost)'),
    extract: t(
      'räknade fram hur kostnaden för din placering fördelas mellan huvudmännen',
      'worked out how the cost of your placement is shared between the principals',
    ),
  },
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
