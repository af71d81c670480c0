import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { luhnCheckDigit } from '@vardflata/domain';
import type { Role } from '@vardflata/contracts';
import { isPersonDataRoute } from '../audit/refusals.ts';
import { hashPassword } from '../auth/password.ts';
import {
  demoIds,
  newIdentityNumber,
  startTestApp,
  type TestApp,
  type TestClient,
} from './harness.ts';

/**
 * The authorisation table of security.md: every route × role × relation with the expected
 * answer. A route the server registers without rows here fails the suite, so no route can be
 * added without deciding who may call it.
 */

type Relation =
  | 'own-unit'
  | 'same-organisation'
  | 'other-principal'
  | 'other-principal-consent'
  | 'other-principal-revoked'
  | 'protected-identity'
  // SIP (F3): the caller's unit takes part in another principal's SIP under the SIP consent.
  | 'sip-participant'
  | 'sip-participant-revoked'
  | 'none';

const PERSON_RELATIONS: Relation[] = [
  'own-unit',
  'same-organisation',
  'other-principal',
  'other-principal-consent',
  'other-principal-revoked',
  'protected-identity',
];

/** The account that plays each role. Units: Beroendecentrum (region), Exempelby (municipality). */
const ACTORS: Record<Role, string> = {
  'social-worker': 'erik.socsek',
  physician: 'anna.lakare',
  nurse: 'nils.sjukskoterska',
  coordinator: 'sara.samordnare',
  'unit-manager': 'maja.chef',
  analyst: 'olle.analytiker',
  administrator: 'admin',
};
const ROLES = Object.keys(ACTORS) as Role[];
const CARE = new Set<Role>(['social-worker', 'physician', 'nurse', 'coordinator']);

interface Subject {
  personId: string;
  personalIdentityNumber: string;
  relationId?: string;
  consentId?: string;
  emergencyAccessId?: string;
  screeningId?: string;
  sipId?: string;
  planVersion?: number;
  /** The caller's own unit on the SIP, and an outside actor on it. */
  participantId?: string;
  otherParticipantId?: string;
  notificationId?: string;
}

interface RouteCase {
  method: 'GET' | 'POST' | 'PATCH' | 'PUT';
  /** The route as Fastify registers it. */
  route: string;
  relations: Relation[];
  url: (s: Subject) => string;
  body?: (s: Subject) => unknown;
  expected: (role: Role, relation: Relation) => number;
  /** The access-log action a person-scoped call writes. */
  logAction?: string;
  /** Builds the subject instead of makeSubject (e.g. a SIP at some stage). */
  subject?: (role: Role, relation: Relation) => Promise<Subject>;
  /** Undoes what the call left behind in the caller's session (e.g. the self-fill lock). */
  after?: (client: TestClient, status: number) => Promise<void>;
}

const personScoped =
  (readRoles: Set<Role>, okStatus: number) => (role: Role, relation: Relation) => {
    if (!readRoles.has(role)) return 403;
    return relation === 'own-unit' || relation === 'protected-identity' ? okStatus : 404;
  };
const READERS = new Set<Role>([...CARE, 'unit-manager']);
const onlyRole = (roles: Role[], ok: number) => (role: Role) => (roles.includes(role) ? ok : 403);
const anySignedIn = (ok: number) => () => ok;

// SIP (F3): the own unit sees its organisation's SIPs through its care relation; a participant
// of the other principal sees the SIP (the plan only) while a valid SIP consent names their
// organisation. Unit managers read, care roles write; everyone else is 404.
const SIP_RELATIONS: Relation[] = [
  'own-unit',
  'same-organisation',
  'other-principal',
  'other-principal-consent',
  'sip-participant',
  'sip-participant-revoked',
  'protected-identity',
];
const SIP_SEES = new Set<Relation>(['own-unit', 'protected-identity', 'sip-participant']);
const sipScoped =
  (roles: Set<Role>, ok: number, sees: Set<Relation> = SIP_SEES) =>
  (role: Role, relation: Relation) =>
    !roles.has(role) ? 403 : sees.has(relation) ? ok : 404;
const sipUrl = (path: string) => (s: Subject) => `/api/sips/${s.sipId}${path}`;
const SIP_READS: [string, string, SipStage, (s: Subject) => string][] = [
  ['', 'sip.read', 'active', sipUrl('')],
  ['/versions', 'sip.versions', 'active', sipUrl('/versions')],
  ['/versions/:version', 'sip.version.read', 'active', sipUrl('/versions/1')],
  ['/versions/:version/diff', 'sip.diff', 'active', sipUrl('/versions/2/diff')],
  ['/history', 'sip.history', 'active', sipUrl('/history')],
  ['/own-view', 'sip.own-view', 'active', sipUrl('/own-view')],
  ['/plan.pdf', 'sip.plan-pdf', 'active', sipUrl('/plan.pdf')],
  ['/invitation-letter.pdf', 'sip.invitation-letter', 'invited', sipUrl('/invitation-letter.pdf')],
];
const SIP_WRITES: [string, string, SipStage, (s: Subject) => unknown, number][] = [
  [
    '/invitation',
    'sip.invite',
    'invited',
    () => ({
      meeting: { startsAt: new Date(Date.now() + 9 * 86_400_000).toISOString(), place: 'Rum 2' },
      participants: [],
    }),
    200,
  ],
  [
    '/participants/:participantId/response',
    'sip.participant.respond',
    'invited',
    () => ({ response: 'accepted' }),
    200,
  ],
  ['/relatives-objection', 'sip.relatives-objection', 'invited', () => ({ objects: false }), 200],
  ['/meetings', 'sip.meeting', 'invited', () => ({}), 201],
  ['/activate', 'sip.activate', 'ready', () => ({}), 200],
  [
    '/follow-ups',
    'sip.follow-up',
    'active',
    (s) => ({
      heldOn: todayInSweden(),
      planVersion: s.planVersion,
      goals: [{ goalId: 'g1', status: 'achieved' }],
      interventions: [
        { interventionId: 'i1', status: 'ongoing' },
        { interventionId: 'i2', status: 'ongoing' },
      ],
      decision: 'continue',
      nextFollowUpOn: '2099-01-01',
    }),
    201,
  ],
  ['/close', 'sip.close', 'active', () => ({ outcome: 'goals-achieved' }), 200],
  ['/refuse', 'sip.refuse', 'invited', () => ({ reason: 'Vill inte.' }), 200],
  ['/withdraw', 'sip.withdraw', 'invited', () => ({ reason: 'Behövs inte.' }), 200],
];
const SIP_CASES: RouteCase[] = [
  {
    method: 'POST',
    route: '/api/persons/:id/sips',
    relations: PERSON_RELATIONS,
    url: (s) => `/api/persons/${s.personId}/sips`,
    body: () => ({}),
    expected: personScoped(CARE, 201),
    logAction: 'sip.propose',
  },
  {
    method: 'GET',
    route: '/api/persons/:id/sips',
    relations: SIP_RELATIONS,
    subject: sipSubject('invited', true),
    url: (s) => `/api/persons/${s.personId}/sips`,
    expected: sipScoped(READERS, 200),
    logAction: 'sip.list',
  },
  {
    method: 'GET',
    route: '/api/persons/:id/sip-gate',
    relations: SIP_RELATIONS,
    subject: sipSubject('active', true),
    url: (s) => `/api/persons/${s.personId}/sip-gate?covers=hvb-placement`,
    // The gate asks about the person, whom a participant alone does not see.
    expected: sipScoped(READERS, 200, new Set(['own-unit', 'protected-identity'])),
    logAction: 'sip.gate',
  },
  {
    method: 'GET',
    route: '/api/sips',
    relations: ['none'],
    url: () => '/api/sips?scope=unit',
    expected: onlyRole([...READERS], 200),
  },
  {
    method: 'GET',
    route: '/api/worklist',
    relations: ['none'],
    url: () => '/api/worklist',
    expected: onlyRole([...READERS], 200),
  },
  {
    method: 'GET',
    route: '/api/notifications',
    relations: ['none'],
    url: () => '/api/notifications',
    expected: anySignedIn(200),
  },
  {
    method: 'POST',
    route: '/api/notifications/:id/read',
    relations: ['none'],
    subject: notificationSubject,
    url: (s) => `/api/notifications/${s.notificationId}/read`,
    expected: anySignedIn(200),
  },
  ...SIP_READS.map(([path, logAction, stage, url]): RouteCase => ({
    method: 'GET',
    route: `/api/sips/:id${path}`,
    relations: SIP_RELATIONS,
    subject: sipSubject(stage, true),
    url,
    expected: sipScoped(READERS, 200),
    logAction,
  })),
  {
    method: 'PUT',
    route: '/api/sips/:id/plan',
    relations: SIP_RELATIONS,
    subject: sipSubject('invited'),
    url: sipUrl('/plan'),
    body: (s) => ({ basedOnVersion: s.planVersion, plan: matrixPlan() }),
    expected: sipScoped(CARE, 200),
    logAction: 'sip.plan.update',
  },
  ...SIP_WRITES.map(([path, logAction, stage, body, ok]): RouteCase => ({
    method: 'POST',
    route: `/api/sips/:id${path}`,
    relations: SIP_RELATIONS,
    subject: sipSubject(stage),
    url: (s) => `/api/sips/${s.sipId}${path.replace(':participantId', s.participantId ?? '')}`,
    body,
    expected: sipScoped(CARE, ok),
    logAction,
  })),
  {
    method: 'POST',
    route: '/api/sips/:id/participants/:participantId/remove',
    relations: SIP_RELATIONS,
    subject: sipSubject('invited'),
    url: (s) => `/api/sips/${s.sipId}/participants/${s.otherParticipantId}/remove`,
    // Only the SIP's own organisation takes participants off.
    expected: (role, relation) =>
      relation === 'sip-participant' && CARE.has(role) ? 403 : sipScoped(CARE, 200)(role, relation),
    logAction: 'sip.participant.remove',
  },
];

// Truth on screen: the start page's persons, the register extract as PDF, recorded log
// reviews, self-fill.
const TRUTH_ON_SCREEN_CASES: RouteCase[] = [
  {
    method: 'GET',
    route: '/api/caseload',
    relations: ['none'],
    url: () => '/api/caseload',
    expected: onlyRole([...READERS], 200),
  },
  {
    method: 'GET',
    route: '/api/persons/:id/access-extract.pdf',
    relations: PERSON_RELATIONS,
    url: (s) => `/api/persons/${s.personId}/access-extract.pdf`,
    expected: personScoped(READERS, 200),
    logAction: 'person.access-extract',
  },
  {
    method: 'POST',
    route: '/api/access-log/reviews',
    relations: ['none'],
    url: () => '/api/access-log/reviews',
    body: () => ({ kind: 'sample', rowsReviewed: 20, findings: 'none' }),
    expected: onlyRole(['unit-manager'], 201),
  },
  {
    method: 'GET',
    route: '/api/access-log/review-status',
    relations: ['none'],
    url: () => '/api/access-log/review-status',
    expected: onlyRole(['unit-manager'], 200),
  },
  {
    method: 'POST',
    route: '/api/persons/:id/self-fill',
    relations: PERSON_RELATIONS,
    url: (s) => `/api/persons/${s.personId}/self-fill`,
    body: () => ({ instrument: 'AUDIT' }),
    expected: personScoped(CARE, 201),
    logAction: 'screening.self-fill-start',
    // The matrix reuses each role's session: take the screen back at once.
    after: async (client, status) => {
      if (status !== 201) return;
      const ended = await client.post('/api/self-fill/end', { password: 'vardflata-demo' });
      expect(ended.status).toBe(200);
    },
  },
  // The locked session's own routes: any session may ask; only a locked one has anything to do.
  {
    method: 'GET',
    route: '/api/self-fill',
    relations: ['none'],
    url: () => '/api/self-fill',
    expected: anySignedIn(200),
  },
  {
    method: 'PUT',
    route: '/api/self-fill/answers',
    relations: ['none'],
    url: () => '/api/self-fill/answers',
    body: () => ({ answers: [] }),
    expected: anySignedIn(409),
  },
  {
    method: 'POST',
    route: '/api/self-fill/end',
    relations: ['none'],
    url: () => '/api/self-fill/end',
    body: () => ({ password: 'vardflata-demo' }),
    expected: anySignedIn(409),
  },
];

// access: security faults 2 and 3 (decision 0013). Registering answers alike whatever is known
// (and takes an optional ground); emergency access is health care's: physicians and nurses of a
// region, only for a person health care holds (a person only social services holds is 404, as an
// unknown number), reviewed by the accessing and owning organisations' managers.
const HEALTH_CARE_EMERGENCY = new Set<Role>(['physician', 'nurse']);
const ACCESS_CASES: RouteCase[] = [
  {
    method: 'POST',
    route: '/api/persons',
    relations: ['none'],
    url: () => '/api/persons',
    body: () => ({
      personalIdentityNumber: newIdentityNumber(luhnCheckDigit),
      givenName: 'Ny',
      familyName: 'Person',
      sex: 'unknown',
      ground: 'referral',
    }),
    expected: onlyRole([...CARE], 201),
  },
  {
    method: 'POST',
    route: '/api/emergency-access',
    // same-organisation: for a region caller a person Vårdcentral Centrum holds (health care);
    // other-principal: a person only social services holds (for a region caller).
    relations: ['same-organisation', 'other-principal'],
    url: () => '/api/emergency-access',
    body: (s) => ({
      personalIdentityNumber: s.personalIdentityNumber,
      reason: 'Akut medvetslös, behöver läkemedelslista.',
    }),
    expected: (role, relation) =>
      !HEALTH_CARE_EMERGENCY.has(role) ? 403 : relation === 'same-organisation' ? 201 : 404,
    logAction: 'emergency-access.open',
  },
  {
    method: 'GET',
    route: '/api/emergency-access',
    relations: ['none'],
    url: () => '/api/emergency-access?reviewed=false',
    expected: onlyRole(['unit-manager'], 200),
  },
  {
    method: 'POST',
    route: '/api/emergency-access/:id/review',
    relations: ['other-principal'],
    url: (s) => `/api/emergency-access/${s.emergencyAccessId}/review`,
    body: () => ({ note: 'Granskad, befogad.' }),
    expected: onlyRole(['unit-manager'], 200),
  },
];

// followup: the follow-up figures (F9) are aggregates for analysts and unit managers.
const INDICATOR_READERS: Role[] = ['analyst', 'unit-manager'];
const FOLLOWUP_CASES: RouteCase[] = [
  {
    method: 'GET',
    route: '/api/indicators',
    relations: ['none'],
    url: () => '/api/indicators?from=2026-01-01&to=2026-12-31',
    expected: onlyRole(INDICATOR_READERS, 200),
  },
  {
    method: 'GET',
    route: '/api/indicators/grid',
    relations: ['none'],
    url: () => '/api/indicators/grid?from=2026-01-01&to=2026-12-31',
    expected: onlyRole(INDICATOR_READERS, 200),
  },
  {
    method: 'GET',
    route: '/api/indicators/trend',
    relations: ['none'],
    url: () => '/api/indicators/trend?from=2026-01-01&to=2026-03-31&step=month',
    expected: onlyRole(INDICATOR_READERS, 200),
  },
  ...['/api/indicators.csv', '/api/indicators.xlsx', '/api/indicators/report.pdf'].map(
    (route): RouteCase => ({
      method: 'GET',
      route,
      relations: ['none'],
      url: () => `${route}?from=2026-01-01&to=2026-12-31`,
      expected: onlyRole(INDICATOR_READERS, 200),
    }),
  ),
  {
    method: 'POST',
    route: '/api/research/extracts',
    relations: ['none'],
    url: () => '/api/research/extracts',
    body: () => ({ project: 'Matris', from: '2026-01-01', to: '2026-12-31' }),
    expected: onlyRole(['analyst'], 201),
  },
];

// platform: FHIR R4 (the same rule and log rows as the REST routes they stand beside)
const PLATFORM_CASES: RouteCase[] = [
  {
    method: 'GET',
    route: '/api/fhir/metadata',
    relations: ['none'],
    url: () => '/api/fhir/metadata',
    expected: anySignedIn(200),
  },
  {
    method: 'GET',
    route: '/api/fhir/Patient/:id',
    relations: PERSON_RELATIONS,
    url: (s) => `/api/fhir/Patient/${s.personId}`,
    expected: personScoped(READERS, 200),
    logAction: 'person.read',
  },
  {
    method: 'GET',
    route: '/api/fhir/CarePlan',
    relations: SIP_RELATIONS,
    subject: sipSubject('invited', true),
    url: (s) => `/api/fhir/CarePlan?subject=Patient/${s.personId}`,
    expected: sipScoped(READERS, 200),
    logAction: 'sip.list',
  },
  ...(['CarePlan', 'CareTeam'] as const).map((type): RouteCase => ({
    method: 'GET',
    route: `/api/fhir/${type}/:id`,
    relations: SIP_RELATIONS,
    subject: sipSubject('active', true),
    url: (s) => `/api/fhir/${type}/${s.sipId}`,
    expected: sipScoped(READERS, 200),
    logAction: 'sip.read',
  })),
  {
    method: 'GET',
    route: '/api/fhir/Consent',
    relations: PERSON_RELATIONS,
    url: (s) => `/api/fhir/Consent?patient=Patient/${s.personId}`,
    expected: personScoped(READERS, 200),
    logAction: 'consent.list',
  },
  {
    method: 'GET',
    route: '/api/fhir/Observation',
    relations: PERSON_RELATIONS,
    url: (s) => `/api/fhir/Observation?subject=Patient/${s.personId}`,
    expected: personScoped(READERS, 200),
    logAction: 'screening.list',
  },
  // platform: retention (gallring)
  {
    method: 'GET',
    route: '/api/retention/report',
    relations: ['none'],
    url: () => '/api/retention/report?asOf=2024-01-11',
    expected: onlyRole(['administrator'], 200),
  },
  {
    method: 'POST',
    route: '/api/retention/runs',
    relations: ['none'],
    url: () => '/api/retention/runs',
    body: () => ({ asOf: '2024-01-11' }),
    expected: onlyRole(['administrator'], 202),
  },
  {
    method: 'GET',
    route: '/api/retention/runs',
    relations: ['none'],
    url: () => '/api/retention/runs',
    expected: onlyRole(['administrator'], 200),
  },
  {
    method: 'POST',
    route: '/api/persons/:id/legal-hold',
    relations: PERSON_RELATIONS,
    url: (s) => `/api/persons/${s.personId}/legal-hold`,
    body: () => ({ reason: 'Begäran från domstol' }),
    expected: personScoped(new Set<Role>(['unit-manager']), 201),
    logAction: 'retention.legal-hold',
  },
  {
    method: 'POST',
    route: '/api/persons/:id/legal-hold/release',
    relations: PERSON_RELATIONS,
    url: (s) => `/api/persons/${s.personId}/legal-hold/release`,
    expected: personScoped(new Set<Role>(['unit-manager']), 200),
    logAction: 'retention.legal-hold-release',
  },
];

const CASES: RouteCase[] = [
  {
    method: 'GET',
    route: '/api/health',
    relations: ['none'],
    url: () => '/api/health',
    expected: anySignedIn(200),
  },
  {
    method: 'GET',
    route: '/api/meta',
    relations: ['none'],
    url: () => '/api/meta',
    expected: anySignedIn(200),
  },
  {
    method: 'GET',
    route: '/api/me',
    relations: ['none'],
    url: () => '/api/me',
    expected: anySignedIn(200),
  },
  {
    method: 'GET',
    route: '/api/auth/session',
    relations: ['none'],
    url: () => '/api/auth/session',
    expected: anySignedIn(200),
  },
  {
    method: 'GET',
    route: '/api/organisations',
    relations: ['none'],
    url: () => '/api/organisations',
    expected: anySignedIn(200),
  },
  {
    method: 'POST',
    route: '/api/organisations',
    relations: ['none'],
    url: () => '/api/organisations',
    body: () => ({ name: `Testkommun ${Math.random()}`, kind: 'municipality' }),
    expected: onlyRole(['administrator'], 201),
  },
  {
    method: 'PATCH',
    route: '/api/organisations/:id',
    relations: ['none'],
    url: () => `/api/organisations/${ids.norrby}`,
    body: () => ({ name: 'Norrby kommun' }),
    expected: onlyRole(['administrator'], 200),
  },
  {
    method: 'POST',
    route: '/api/organisations/:id/units',
    relations: ['none'],
    url: () => `/api/organisations/${ids.norrby}/units`,
    body: () => ({ name: `Enhet ${Math.random()}` }),
    expected: onlyRole(['administrator'], 201),
  },
  {
    method: 'PATCH',
    route: '/api/units/:id',
    relations: ['none'],
    url: () => `/api/units/${ids.socNorrby}`,
    body: () => ({ name: 'Socialtjänst Vuxen Norrby' }),
    expected: onlyRole(['administrator'], 200),
  },
  {
    method: 'GET',
    route: '/api/staff/directory',
    relations: ['none'],
    url: () => '/api/staff/directory?q=anna',
    expected: onlyRole([...READERS], 200),
  },
  {
    method: 'GET',
    route: '/api/staff',
    relations: ['none'],
    url: () => '/api/staff',
    expected: onlyRole(['administrator'], 200),
  },
  {
    method: 'POST',
    route: '/api/staff',
    relations: ['none'],
    url: () => '/api/staff',
    body: () => ({
      username: `matrix.${Math.random().toString(36).slice(2, 10)}`,
      name: 'Matris Testsson',
      role: 'nurse',
      unitId: ids.vardcentral,
      password: 'a-long-enough-password',
    }),
    expected: onlyRole(['administrator'], 201),
  },
  {
    method: 'PATCH',
    route: '/api/staff/:id',
    relations: ['none'],
    url: () => `/api/staff/${ids.user('vera.vardcentral')}`,
    body: () => ({ name: 'Vera Vårdcentral' }),
    expected: onlyRole(['administrator'], 200),
  },
  {
    method: 'POST',
    route: '/api/staff/:id/password',
    relations: ['none'],
    url: () => `/api/staff/${spareStaffId}/password`,
    body: () => ({ password: 'another-long-password' }),
    expected: onlyRole(['administrator'], 204),
  },
  {
    method: 'POST',
    route: '/api/staff/:id/reset-second-factor',
    relations: ['none'],
    url: () => `/api/staff/${spareStaffId}/reset-second-factor`,
    expected: onlyRole(['administrator'], 204),
  },
  {
    method: 'GET',
    route: '/api/persons',
    relations: ['none'],
    url: () => '/api/persons?q=Lindqvist',
    expected: onlyRole([...READERS], 200),
  },
  {
    method: 'GET',
    route: '/api/persons/:id',
    relations: PERSON_RELATIONS,
    url: (s) => `/api/persons/${s.personId}`,
    expected: personScoped(READERS, 200),
    logAction: 'person.read',
  },
  {
    method: 'GET',
    route: '/api/persons/:id/access-extract',
    relations: PERSON_RELATIONS,
    url: (s) => `/api/persons/${s.personId}/access-extract`,
    expected: personScoped(READERS, 200),
    logAction: 'person.access-extract',
  },
  {
    method: 'GET',
    route: '/api/persons/:id/consents',
    relations: PERSON_RELATIONS,
    url: (s) => `/api/persons/${s.personId}/consents`,
    expected: personScoped(READERS, 200),
    logAction: 'consent.list',
  },
  {
    method: 'POST',
    route: '/api/persons/:id/consents',
    relations: PERSON_RELATIONS,
    url: (s) => `/api/persons/${s.personId}/consents`,
    body: () => ({
      purpose: 'sip',
      recipientOrganisationIds: [ids.region, ids.exempelby],
      form: 'oral',
    }),
    expected: personScoped(CARE, 201),
    logAction: 'consent.create',
  },
  {
    method: 'POST',
    route: '/api/consents/:id/revoke',
    relations: PERSON_RELATIONS,
    url: (s) => `/api/consents/${s.consentId}/revoke`,
    body: () => ({ reason: 'Personen återkallar.' }),
    expected: (role, relation) => {
      if (!CARE.has(role)) return 403;
      // 'other-principal-revoked' holds a consent that is already revoked, but the person is
      // not visible, so 404 comes first.
      return relation === 'own-unit' || relation === 'protected-identity' ? 200 : 404;
    },
    logAction: 'consent.revoke',
  },
  {
    method: 'POST',
    route: '/api/persons/:id/care-relations/:relationId/close',
    relations: PERSON_RELATIONS,
    url: (s) => `/api/persons/${s.personId}/care-relations/${s.relationId}/close`,
    body: () => ({ reason: 'Avslutad.' }),
    expected: (role, relation) => {
      if (![...CARE, 'unit-manager'].includes(role)) return 403;
      return relation === 'own-unit' || relation === 'protected-identity' ? 200 : 404;
    },
    logAction: 'care-relation.close',
  },
  {
    method: 'GET',
    route: '/api/access-log',
    relations: ['none'],
    url: () => '/api/access-log',
    expected: onlyRole(['unit-manager'], 200),
  },
  // Screening and assessment (F4): written by care roles, read also by unit managers.
  ...(
    [
      [
        '/api/persons/:id/screenings',
        'screening.create',
        () => ({ instrument: 'AUDIT', answers: [1, 1, 0, 0, 0, 0, 0, 0, 0, 0] }),
      ],
      [
        '/api/persons/:id/asi',
        'assessment.create',
        () => ({
          form: 'grund',
          interviewedOn: '2026-01-15',
          areas: Object.fromEntries(
            [
              'physicalHealth',
              'workAndSupport',
              'alcohol',
              'narcotics',
              'legal',
              'familyAndSocial',
              'mentalHealth',
            ].map((a) => [a, { interviewerRating: 3, clientRating: 2 }]),
          ),
        }),
      ],
      [
        '/api/persons/:id/criteria',
        'assessment.create',
        () => ({
          checklist: 'dsm5-gambling-disorder',
          substanceClass: 'gambling',
          assessedOn: '2026-01-15',
          met: [],
        }),
      ],
      [
        '/api/persons/:id/drug-tests',
        'assessment.create',
        () => ({
          sampleType: 'urine',
          sampledOn: '2026-01-15',
          results: [{ substance: 'Opiater', result: 'negative' }],
        }),
      ],
      [
        '/api/persons/:id/violence-questions',
        'assessment.create',
        () => ({ askedOn: '2026-01-15', exposed: 'no', children: 'none' }),
      ],
      [
        '/api/persons/:id/lifestyle-questions',
        'assessment.create',
        () => ({
          askedOn: '2026-01-15',
          alcohol: { use: 'no', adviceGiven: false },
          drugs: { use: 'no', adviceGiven: false },
          tobacco: { use: 'no', adviceGiven: false },
          gambling: { use: 'no', adviceGiven: false },
        }),
      ],
    ] as const
  ).map(([route, logAction, body]): RouteCase => ({
    method: 'POST',
    route,
    relations: PERSON_RELATIONS,
    url: (s) => route.replace(':id', s.personId),
    body,
    expected: personScoped(CARE, 201),
    logAction,
  })),
  ...(
    [
      ['/api/persons/:id/screenings', 'screening.list'],
      ['/api/persons/:id/assessments', 'assessment.list'],
      ['/api/persons/:id/asi-comparisons', 'assessment.asi-comparison'],
      ['/api/persons/:id/timeline', 'screening.timeline'],
    ] as const
  ).map(([route, logAction]): RouteCase => ({
    method: 'GET',
    route,
    relations: PERSON_RELATIONS,
    url: (s) => route.replace(':id', s.personId),
    expected: personScoped(READERS, 200),
    logAction,
  })),
  {
    method: 'GET',
    route: '/api/fhir/QuestionnaireResponse/:id',
    relations: PERSON_RELATIONS,
    url: (s) => `/api/fhir/QuestionnaireResponse/${s.screeningId}`,
    expected: personScoped(READERS, 200),
    logAction: 'screening.fhir-read',
  },
  {
    method: 'GET',
    route: '/api/fhir/Questionnaire/:name',
    relations: ['none'],
    url: () => '/api/fhir/Questionnaire/dudit',
    expected: anySignedIn(200),
  },
  ...SIP_CASES,
  ...TRUTH_ON_SCREEN_CASES,
  // access: security faults 2 and 3
  ...ACCESS_CASES,
  ...FOLLOWUP_CASES,
  ...PLATFORM_CASES,
];

/** Routes that are not about a signed-in user's rights, each with the reason. */
const OUTSIDE_MATRIX: Record<string, string> = {
  'POST /api/auth/login': 'public: tested in auth.test.ts',
  'POST /api/auth/logout': 'ends the own session: tested in auth.test.ts',
  'POST /api/auth/second-factor': 'completes sign-in: tested in auth.test.ts',
  'POST /api/me/second-factor/enrol': 'own account: tested in auth.test.ts',
  'POST /api/me/second-factor/confirm': 'own account: tested in auth.test.ts',
  // platform: OpenID Connect sign-in
  'GET /api/auth/oidc/login': 'public: starts sign-in at the provider; tested in oidc.test.ts',
  'GET /api/auth/oidc/callback': 'public: completes sign-in; tested in oidc.test.ts',
  'POST /api/auth/oidc/logout': 'ends the own session: tested in oidc.test.ts',
};
const isDocsRoute = (route: string) => route.startsWith('/api/docs');

let t: TestApp;
let ids: Awaited<ReturnType<typeof demoIds>>;
let spareStaffId: string;
const clients = new Map<string, TestClient>();

async function as(username: string): Promise<TestClient> {
  if (!clients.has(username)) clients.set(username, await t.signIn(username));
  return clients.get(username)!;
}

/** Who registers persons for the caller's unit, another unit of its organisation and the
 * other principal, and the two organisations, by the caller's role. */
function registrars(role: Role) {
  const inRegion = ['physician', 'nurse', 'unit-manager'].includes(role);
  return inRegion
    ? {
        own: 'anna.lakare',
        sameOrg: 'vera.vardcentral',
        other: 'erik.socsek',
        callerOrg: ids.region,
        otherOrg: ids.exempelby,
      }
    : {
        own: 'erik.socsek',
        sameOrg: 'bo.barnochfamilj',
        other: 'anna.lakare',
        callerOrg: ids.exempelby,
        otherOrg: ids.region,
      };
}

async function register(username: string, protectedIdentity = false) {
  const client = await as(username);
  const personalIdentityNumber = newIdentityNumber(luhnCheckDigit);
  const res = await client.post('/api/persons', {
    personalIdentityNumber,
    givenName: 'Matris',
    familyName: 'Testperson',
    sex: 'female',
    protectedIdentity,
  });
  expect(res.status).toBe(201);
  // The answer reveals nothing but the id (security fault 3): the relation is read from the table.
  const relation = await t.db
    .selectFrom('care_relation')
    .select('id')
    .where('person_id', '=', res.body.id)
    .orderBy('opened_at', 'desc')
    .executeTakeFirstOrThrow();
  return {
    personId: res.body.id as string,
    personalIdentityNumber,
    relationId: relation.id,
  };
}

async function consent(username: string, personId: string, recipients: string[]) {
  const res = await (
    await as(username)
  ).post(`/api/persons/${personId}/consents`, {
    purpose: 'information-sharing',
    recipientOrganisationIds: recipients,
    form: 'written',
  });
  expect(res.status).toBe(201);
  return res.body.id as string;
}

/** An AUDIT recorded by the person's registrar, for the FHIR read. */
async function screeningBy(username: string, personId: string) {
  const res = await (
    await as(username)
  ).post(`/api/persons/${personId}/screenings`, {
    instrument: 'AUDIT',
    answers: [0, 0, 0, 0, 0, 0, 0, 0, 0, 0],
  });
  expect(res.status).toBe(201);
  return res.body.id as string;
}

async function makeSubject(role: Role, relation: Relation): Promise<Subject> {
  const subject = await makeBaseSubject(role, relation);
  const r = registrars(role);
  const registrar =
    { 'own-unit': r.own, 'protected-identity': r.own, 'same-organisation': r.sameOrg }[
      relation as string
    ] ?? r.other;
  return { ...subject, screeningId: await screeningBy(registrar, subject.personId) };
}

async function makeBaseSubject(role: Role, relation: Relation): Promise<Subject> {
  const r = registrars(role);
  switch (relation) {
    case 'own-unit':
    case 'protected-identity': {
      const s = await register(r.own, relation === 'protected-identity');
      return { ...s, consentId: await consent(r.own, s.personId, [r.otherOrg]) };
    }
    case 'same-organisation': {
      const s = await register(r.sameOrg);
      return { ...s, consentId: await consent(r.sameOrg, s.personId, [r.otherOrg]) };
    }
    case 'other-principal':
    case 'none': {
      const s = await register(r.other);
      // An emergency access by Anna (Beroendecentrum) for Maja to review, written directly: the
      // person may be one only social services holds, whom emergency access cannot open.
      const emergency = await t.db
        .insertInto('emergency_access')
        .values({
          person_id: s.personId,
          staff_id: ids.user('anna.lakare'),
          unit_id: ids.beroendecentrum,
          organisation_id: ids.region,
          reason: 'Förberedelse av testfall i matrisen.',
          expires_at: new Date(Date.now() + 3_600_000),
        })
        .returning('id')
        .executeTakeFirstOrThrow();
      await t.db
        .insertInto('emergency_access_reviewer')
        .values({
          emergency_access_id: emergency.id,
          staff_id: ids.user('maja.chef'),
          organisation_id: ids.region,
          basis: 'unit-manager',
          side: 'accessing',
        })
        .execute();
      return {
        ...s,
        consentId: await consent(r.other, s.personId, [r.otherOrg]),
        emergencyAccessId: emergency.id,
      };
    }
    // The SIP relations are built by buildSipSubject; for person routes they are the other
    // principal's person under consent.
    case 'sip-participant':
    case 'sip-participant-revoked':
    case 'other-principal-consent':
    case 'other-principal-revoked': {
      const s = await register(r.other);
      const consentId = await consent(r.other, s.personId, [r.callerOrg]);
      if (relation === 'other-principal-revoked') {
        expect(
          (await (await as(r.other)).post(`/api/consents/${consentId}/revoke`, {})).status,
        ).toBe(200);
      }
      return { ...s, consentId };
    }
  }
}

type SipStage = 'invited' | 'ready' | 'active';
const todayInSweden = () =>
  new Intl.DateTimeFormat('sv-SE', { timeZone: 'Europe/Stockholm' }).format(new Date());

/** A plan that meets every item the law asks for. */
function matrixPlan() {
  return {
    problemAndNeeds: 'Beroende och bostadslöshet.',
    ownWords: 'Jag vill ha ett eget boende.',
    goals: [{ id: 'g1', text: 'Stabil', horizon: 'short' }],
    interventions: [
      {
        id: 'i1',
        description: 'Abstinensvård',
        principal: 'region',
        organisationId: ids.region,
        unitId: ids.beroendecentrum,
        goalIds: ['g1'],
      },
      {
        id: 'i2',
        description: 'Boendestöd',
        principal: 'municipality',
        organisationId: ids.exempelby,
        unitId: ids.socExempelby,
        goalIds: ['g1'],
        kind: 'hvb-placement',
      },
    ],
    measuresByOthers: [],
    measuresByOthersNone: true,
    overallResponsibility: 'municipality',
    coordinator: { staffId: ids.user('erik.socsek') },
    nextFollowUpOn: '2099-01-01',
  };
}

const sipSubjects = new Map<string, Promise<Subject>>();
/** Subjects with a SIP at `stage`. Reads (`reuse`), and roles refused before anything happens,
 * share one subject per role and relation; writes by care roles get a fresh one each. */
function sipSubject(stage: SipStage, reuse = false) {
  return (role: Role, relation: Relation): Promise<Subject> => {
    if (!reuse && CARE.has(role)) return buildSipSubject(role, relation, stage);
    const key = `${stage}:${role}:${relation}`;
    if (!sipSubjects.has(key)) sipSubjects.set(key, buildSipSubject(role, relation, stage));
    return sipSubjects.get(key)!;
  };
}

/**
 * A SIP owned by the relation's registrar, invited (the owner's unit, a unit of the principal
 * the SIP consent names, the person and Försäkringskassan), then made complete and active.
 * sip-participant: the caller's unit is invited and the SIP consent names the caller's
 * organisation (revoked for sip-participant-revoked). other-principal: the consent names Norrby.
 * other-principal-consent: an information-sharing consent names the caller's organisation too.
 */
async function buildSipSubject(role: Role, relation: Relation, stage: SipStage): Promise<Subject> {
  const r = registrars(role);
  const inRegion = r.callerOrg === ids.region;
  const callerUnit = inRegion ? ids.beroendecentrum : ids.socExempelby;
  const otherUnit = inRegion ? ids.socExempelby : ids.beroendecentrum;
  const owner =
    relation === 'own-unit' || relation === 'protected-identity'
      ? r.own
      : relation === 'same-organisation'
        ? r.sameOrg
        : r.other;
  const participating = relation === 'sip-participant' || relation === 'sip-participant-revoked';
  const unitOf = async (username: string) =>
    (
      await t.db
        .selectFrom('staff')
        .select('unit_id')
        .where('username', '=', username)
        .executeTakeFirstOrThrow()
    ).unit_id!;
  const ownerUnit = await unitOf(owner);
  const [sharedWith, invitedUnit] = participating
    ? [r.callerOrg, callerUnit]
    : owner === r.other
      ? [ids.norrby, ids.socNorrby]
      : [r.otherOrg, otherUnit];

  const s = await register(owner, relation === 'protected-identity');
  const client = await as(owner);
  if (relation === 'other-principal-consent') await consent(owner, s.personId, [r.callerOrg]);
  const sipConsent = await client.post(`/api/persons/${s.personId}/consents`, {
    purpose: 'sip',
    recipientOrganisationIds: [sharedWith],
    form: 'written',
  });
  expect(sipConsent.status).toBe(201);
  const proposed = await client.post(`/api/persons/${s.personId}/sips`, {});
  expect(proposed.status).toBe(201);
  const sipId = proposed.body.id as string;
  const invited = await client.post(`/api/sips/${sipId}/invitation`, {
    meeting: {
      startsAt: new Date(Date.now() + 7 * 86_400_000).toISOString(),
      place: 'Matrisrummet',
    },
    participants: [
      { kind: 'person' },
      { kind: 'unit', unitId: ownerUnit },
      { kind: 'unit', unitId: invitedUnit },
      { kind: 'other-actor', name: 'Försäkringskassan' },
    ],
  });
  expect(invited.status, JSON.stringify(invited.body)).toBe(200);
  const participants = invited.body.participants as {
    id: string;
    unitId: string | null;
    kind: string;
  }[];
  let planVersion = 1;
  if (stage !== 'invited') {
    const saved = await client.request('PUT', `/api/sips/${sipId}/plan`, {
      basedOnVersion: 1,
      plan: matrixPlan(),
    });
    expect(saved.status, JSON.stringify(saved.body)).toBe(200);
    planVersion = saved.body.planVersion;
  }
  if (stage === 'active')
    expect((await client.post(`/api/sips/${sipId}/activate`, {})).status).toBe(200);
  if (relation === 'sip-participant-revoked') {
    expect((await client.post(`/api/consents/${sipConsent.body.id}/revoke`, {})).status).toBe(200);
  }
  return {
    ...s,
    consentId: sipConsent.body.id,
    sipId,
    planVersion,
    participantId: participants.find((p) => p.unitId === (participating ? callerUnit : ownerUnit))!
      .id,
    otherParticipantId: participants.find((p) => p.kind === 'other-actor')!.id,
  };
}

/** A notification of the caller's own, to mark as read. */
async function notificationSubject(role: Role): Promise<Subject> {
  const row = await t.db
    .insertInto('notification')
    .values({
      staff_id: ids.user(ACTORS[role]),
      kind: 'test',
      title: 'Test',
      body: 'Test',
      dedupe_key: `matrix-${Math.random()}`,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  return {
    personId: '00000000-0000-4000-8000-000000000000',
    personalIdentityNumber: '',
    notificationId: row.id,
  };
}

beforeAll(async () => {
  t = await startTestApp();
  ids = await demoIds(t.db);
  // A nurse at Beroendecentrum and a social worker at a second unit of Exempelby kommun, so
  // every role and the "same organisation, other unit" relation have someone to play them.
  const hash = await hashPassword('vardflata-demo');
  const bou = await t.db
    .insertInto('unit')
    .values({ organisation_id: ids.exempelby, name: 'Barn och familj Exempelby' })
    .returning('id')
    .executeTakeFirstOrThrow();
  await t.db
    .insertInto('staff')
    .values([
      {
        username: 'nils.sjukskoterska',
        name: 'Nils Sjuksköterska',
        role: 'nurse',
        unit_id: ids.beroendecentrum,
        organisation_id: ids.region,
        password_hash: hash,
      },
      {
        username: 'bo.barnochfamilj',
        name: 'Bo Barn',
        role: 'social-worker',
        unit_id: bou.id,
        organisation_id: ids.exempelby,
        password_hash: hash,
      },
      {
        username: 'spare.account',
        name: 'Spare Account',
        role: 'nurse',
        unit_id: ids.vardcentral,
        organisation_id: ids.region,
        password_hash: hash,
      },
    ])
    .execute();
  ids = await demoIds(t.db);
  spareStaffId = (
    await t.db
      .selectFrom('staff')
      .select('id')
      .where('username', '=', 'spare.account')
      .executeTakeFirstOrThrow()
  ).id;
});

afterAll(async () => {
  await t?.close();
});

describe('authorisation table', () => {
  it('has rows for every route the server registers', () => {
    const covered = new Set(CASES.map((c) => `${c.method} ${c.route}`));
    const missing = t.routes
      .filter((r) => r.url.startsWith('/api/') && !isDocsRoute(r.url))
      .map((r) => `${r.method} ${r.url}`)
      .filter((key) => !covered.has(key) && !(key in OUTSIDE_MATRIX));
    expect(missing).toEqual([]);
    // And no stale rows for routes that no longer exist.
    const registered = new Set(t.routes.map((r) => `${r.method} ${r.url}`));
    expect(CASES.map((c) => `${c.method} ${c.route}`).filter((k) => !registered.has(k))).toEqual(
      [],
    );
  });

  it('answers 401 to every matrix route without a session', async () => {
    const anonymous = t.client();
    for (const c of CASES) {
      const declared = t.routes.find((r) => r.method === c.method && r.url === c.route);
      if (declared?.access === 'public') continue;
      const res = await anonymous.request(
        c.method,
        c.url({
          personId: '00000000-0000-4000-8000-000000000000',
          personalIdentityNumber: '',
          consentId: '00000000-0000-4000-8000-000000000000',
          relationId: '00000000-0000-4000-8000-000000000000',
          emergencyAccessId: '00000000-0000-4000-8000-000000000000',
        }),
        c.body?.({} as Subject),
      );
      expect.soft(res.status, `${c.method} ${c.route}`).toBe(401);
    }
  });

  for (const c of CASES) {
    describe(`${c.method} ${c.route}`, () => {
      for (const role of ROLES) {
        for (const relation of c.relations) {
          const expected = c.expected(role, relation);
          it(`${role} × ${relation} → ${expected}`, async () => {
            const subject = c.subject
              ? await c.subject(role, relation)
              : relation === 'none' && !c.url.toString().includes('s.')
                ? await makeSubject(role, 'none')
                : await makeSubject(role, relation);
            const client = await as(ACTORS[role]);
            const before = await t.db
              .selectFrom('access_log')
              .select((eb) => eb.fn.coalesce(eb.fn.max('id'), eb.val('0')).as('id'))
              .executeTakeFirstOrThrow();
            const res = await client.request(c.method, c.url(subject), c.body?.(subject));
            // The rows this call added (tests in a file run one at a time, no jobs run).
            const added = await t.db
              .selectFrom('access_log')
              .selectAll()
              .where('id', '>', String(before.id))
              .where('user_id', '=', ids.user(ACTORS[role]))
              .orderBy('id')
              .execute();
            await c.after?.(client, res.status);
            expect(res.status, JSON.stringify(res.body)).toBe(expected);
            if (expected === 404 && c.route.startsWith('/api/fhir/')) {
              // platform: FHIR answers an OperationOutcome, the same for not visible as for none.
              expect(res.body).toEqual({
                resourceType: 'OperationOutcome',
                issue: [{ severity: 'error', code: 'not-found', diagnostics: 'No such resource.' }],
              });
            } else if (expected === 404) {
              // Not visible must look exactly like not existing.
              expect(res.body).toMatchObject({
                status: 404,
                title: 'Not found',
                detail: 'No such resource.',
              });
            }
            if (c.logAction && (expected < 300 || expected === 404)) {
              const aboutPerson = added.filter((r) => r.person_id === subject.personId);
              expect(aboutPerson.length, 'one access-log row per call').toBeGreaterThanOrEqual(1);
              expect(aboutPerson).toContainEqual(
                expect.objectContaining({
                  action: c.logAction,
                  outcome: expected === 404 ? 'denied' : 'allowed',
                }),
              );
            }
            // Security fault 5: every refused call of a person-data route leaves a denied row,
            // naming the person when the call names one (directly or through a record of theirs).
            if ((expected === 403 || expected === 404) && isPersonDataRoute(c.route)) {
              const denied = added.filter((r) => r.outcome === 'denied');
              expect(denied.length, 'a refused call leaves a denied row').toBeGreaterThanOrEqual(1);
              if (c.relations.some((r) => r !== 'none')) {
                expect(denied.map((r) => r.person_id)).toContain(subject.personId);
              }
            }
            if (
              res.status === 200 &&
              c.route === '/api/persons/:id' &&
              relation === 'protected-identity'
            ) {
              expect(res.body.givenName).toBeNull();
              expect(res.body.familyName).toBeNull();
            }
          });
        }
      }
    });
  }
});
