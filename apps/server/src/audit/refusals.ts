import type { FastifyInstance, FastifyRequest } from 'fastify';
import { parseIdentityNumber } from '@vardflata/domain';
import type { Db } from '../db/database.ts';
import { recordOfTaskId } from '../modules/fhir/fhir.task.ts';
import { todayInStockholm } from '../util/time.ts';
import { logDenied } from './access-log.ts';
import { canonicalUuid } from './canonical.ts';
import {
  personByIdentityNumber,
  personOfRecord,
  type NamedRecord,
} from './refused-person.repository.ts';
import { requestAudit, type RequestAuditState } from './request-context.ts';

/**
 * Routes that hold nothing about persons in care: sign-in and the own account, the
 * organisation and staff registers, aggregated figures, documentation. A refusal there is not
 * an access-log matter. Every other API route is a person-data route, so a new route is
 * covered unless it is added here on purpose.
 */
const NOT_PERSON_DATA: RegExp[] = [
  /^\/api\/auth\//,
  /^\/api\/(health|meta)$/,
  /^\/api\/me(\/|$)/,
  /^\/api\/organisations(\/|$)/,
  /^\/api\/units\//,
  /^\/api\/staff(\/|$)/,
  /^\/api\/docs(\/|$)/,
  /^\/api\/public\//,
  /^\/api\/fhir\/metadata$/,
  /^\/api\/fhir\/Questionnaire\/:name$/,
  /^\/api\/indicators/,
  // followup: the needs picture is aggregates of the target group, like the indicators
  /^\/api\/needs-picture/,
  /^\/api\/(deviations|disputes|agreements)(\/|$)/,
  // platform: the retention report and runs are administration (what is cleared is logged per person)
  /^\/api\/retention\//,
  // audits: a user-led audit's team and answer links need no session and hold no person
  /^\/api\/user-led-audits\/(team|answer)\//,
];

/** Whether refused calls of this route (as Fastify registers it) are logged. */
export function isPersonDataRoute(route: string): boolean {
  return route.startsWith('/api/') && !NOT_PERSON_DATA.some((r) => r.test(route));
}

/** The record a route's `:id` names, by the route's first segments. */
const RECORD_OF_ROUTE: [RegExp, NamedRecord][] = [
  [/^\/api\/sips\/:id(\/|$)/, 'sip'],
  [/^\/api\/consents\/:id(\/|$)/, 'consent'],
  [/^\/api\/emergency-access\/:id(\/|$)/, 'emergency-access'],
  [/^\/api\/fhir\/QuestionnaireResponse\/:id$/, 'screening'],
  // platform: a FHIR CarePlan and CareTeam are the SIP of that id
  [/^\/api\/fhir\/(CarePlan|CareTeam)\/:id$/, 'sip'],
  [/^\/api\/notifications\/:id(\/|$)/, 'notification'],
  // carecircle: care-chain records
  [/^\/api\/interventions\/:id(\/|$)/, 'intervention'],
  [/^\/api\/referrals\/:id(\/|$)/, 'referral'],
  [/^\/api\/circle-members\/:id(\/|$)/, 'circle-member'],
  [/^\/api\/cases\/:id(\/|$)/, 'case'],
  [/^\/api\/coercive-care\/:id(\/|$)/, 'coercive-care'],
  // contacts: visits and contacts (0020-c)
  [/^\/api\/contacts\/:id(\/|$)/, 'contact'],
];

const asId = (value: unknown): string | null => {
  if (typeof value !== 'string') return null;
  try {
    return canonicalUuid(value);
  } catch {
    return null;
  }
};

const field = (source: unknown, name: string): unknown =>
  source && typeof source === 'object' ? (source as Record<string, unknown>)[name] : undefined;

/**
 * The person a refused request names: directly (`/api/persons/:id`, a `personId` in the query
 * or body, a FHIR `Patient/…`), through the record it names (a SIP, consent, emergency access,
 * screening or notification), or by identity number in the body. Null when it names none.
 */
async function personNamedBy(db: Db, request: FastifyRequest, route: string) {
  const params = request.params as Record<string, unknown> | undefined;
  if (/^\/api\/(persons|fhir\/Patient)\/:id(\/|$)/.test(route)) return asId(params?.id);
  for (const source of [request.query, request.body]) {
    const direct = asId(field(source, 'personId'));
    if (direct) return direct;
    const subject = field(source, 'subject');
    if (typeof subject === 'string' && subject.startsWith('Patient/')) {
      return asId(subject.slice('Patient/'.length));
    }
    // platform: FHIR searches name the person as `subject` or `patient`, which their query
    // schema has already turned from Patient/<id> into the bare id.
    if (route.startsWith('/api/fhir/')) {
      for (const name of ['subject', 'patient']) {
        const value = field(source, name);
        const id = typeof value === 'string' ? asId(value.replace(/^Patient\//, '')) : null;
        if (id) return id;
      }
    }
  }
  if (route === '/api/fhir/Task/:id') {
    const task = typeof params?.id === 'string' ? recordOfTaskId(params.id.toLowerCase()) : null;
    return task ? personOfRecord(db, ...task) : null;
  }
  const record = RECORD_OF_ROUTE.find(([pattern]) => pattern.test(route));
  const recordId = record ? asId(params?.id) : null;
  if (record && recordId) return personOfRecord(db, record[1], recordId);
  const number = field(request.body, 'personalIdentityNumber');
  if (typeof number === 'string') {
    const parsed = parseIdentityNumber(number, todayInStockholm());
    if (parsed.ok) return personByIdentityNumber(db, parsed.value.normalized);
  }
  return null;
}

/** The ids a refused request names in its path, for the row's detail. */
function namedIds(request: FastifyRequest): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [name, value] of Object.entries((request.params as object | undefined) ?? {})) {
    const id = asId(value);
    if (id) out[name] = id;
  }
  return out;
}

declare module 'fastify' {
  interface FastifyRequest {
    auditState: RequestAuditState | null;
  }
}

/**
 * The one place that makes sure every refused attempt on a person-data route leaves a row
 * (security.md: "Denied attempts too"): a 403 or 404 answered to a signed-in caller, whether a
 * role check (requirePermission), the CSRF check, the access policy or a service refused it.
 * A service that logs its refusal itself, with its own action, is not logged twice.
 */
export function registerRefusalLog(app: FastifyInstance, db: Db): void {
  app.decorateRequest('auditState', null);

  // Everything after this hook, handler included, runs inside the request's audit context.
  app.addHook('onRequest', (request, _reply, done) => {
    const state: RequestAuditState = { deniedLogged: false };
    request.auditState = state;
    requestAudit.run(state, done);
  });

  app.addHook('onSend', async (request, reply, payload) => {
    const status = reply.statusCode;
    const route = request.routeOptions.url;
    if (status !== 403 && status !== 404) return payload;
    if (!request.caller || !route || !isPersonDataRoute(route)) return payload;
    if (request.auditState?.deniedLogged) return payload;
    await logDenied(db, request.caller, {
      personId: await personNamedBy(db, request, route),
      action: 'request.refused',
      ground: 'none',
      detail: { route: `${request.method} ${route}`, status, ...namedIds(request) },
    });
    return payload;
  });
}
