import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import {
  fhirCarePlanSearch,
  fhirConsentSearch,
  fhirObservationSearch,
  fhirResource,
  fhirTaskParams,
  fhirTaskSearch,
  idParams,
} from '@vardflata/contracts';
import { callerOf } from '../../auth/auth.plugin.ts';
import type { Db } from '../../db/database.ts';
import { capabilityStatement } from './fhir.capability.ts';
import { operationOutcome, searchBundle, type FhirResource } from './fhir.presenter.ts';
import { searchedPatient } from './fhir.search.ts';
import { readCarePlan } from './use-cases/read-care-plan.ts';
import { readCareTeam } from './use-cases/read-care-team.ts';
import { readPatient } from './use-cases/read-patient.ts';
import { searchCarePlans } from './use-cases/search-care-plans.ts';
import { searchConsents } from './use-cases/search-consents.ts';
import { searchObservations } from './use-cases/search-observations.ts';
import { readTask } from './use-cases/read-task.ts';
import { searchTasks } from './use-cases/search-tasks.ts';

const FHIR_JSON = 'application/fhir+json; charset=utf-8';
const RELEASE_DATE = '2026-12-01';
const tags = ['fhir'];
const one = { 200: fhirResource };

const selfUrl = (request: FastifyRequest) => `${request.protocol}://${request.host}${request.url}`;
const send = (reply: FastifyReply, resource: FhirResource) => reply.type(FHIR_JSON).send(resource);

/**
 * FHIR R4 under /api/fhir (decision 0018-c): read and search over the same use cases as the
 * REST API, so the same access rule and the same access-log rows; every error an OperationOutcome.
 */
export function fhirRoutes(app: FastifyInstance, db: Db, version: string) {
  const r = app.withTypeProvider<ZodTypeProvider>();

  // Problem details (from the error handler, the auth hook or not-found) become an
  // OperationOutcome with the same status on every /api/fhir path, the older routes included.
  app.addHook('onSend', async (request, reply, payload) => {
    if (!request.url.startsWith('/api/fhir/') || reply.statusCode < 400) return payload;
    if (!String(reply.getHeader('content-type') ?? '').startsWith('application/problem+json')) {
      return payload;
    }
    let problem: { detail?: string; title?: string; errors?: { path: string; message: string }[] };
    try {
      problem = JSON.parse(String(payload));
    } catch {
      problem = {};
    }
    reply.header('content-type', FHIR_JSON);
    return JSON.stringify(
      operationOutcome(
        reply.statusCode,
        problem.detail ?? problem.title ?? 'Error',
        problem.errors,
      ),
    );
  });

  r.get(
    '/api/fhir/metadata',
    { config: { access: 'public' }, schema: { tags, response: one } },
    async (_request, reply) => send(reply, capabilityStatement(version, RELEASE_DATE)),
  );

  r.get(
    '/api/fhir/Patient/:id',
    { schema: { tags, params: idParams, response: one } },
    async (request, reply) =>
      send(reply, await readPatient(db, callerOf(request), request.params.id)),
  );

  r.get(
    '/api/fhir/CarePlan',
    { schema: { tags, querystring: fhirCarePlanSearch, response: one } },
    async (request, reply) => {
      const personId = searchedPatient(request.query);
      const plans = await searchCarePlans(db, callerOf(request), personId, request.query.status);
      return send(reply, searchBundle(plans, selfUrl(request)));
    },
  );

  r.get(
    '/api/fhir/CarePlan/:id',
    { schema: { tags, params: idParams, response: one } },
    async (request, reply) =>
      send(reply, await readCarePlan(db, callerOf(request), request.params.id)),
  );

  r.get(
    '/api/fhir/CareTeam/:id',
    { schema: { tags, params: idParams, response: one } },
    async (request, reply) =>
      send(reply, await readCareTeam(db, callerOf(request), request.params.id)),
  );

  r.get(
    '/api/fhir/Consent',
    { schema: { tags, querystring: fhirConsentSearch, response: one } },
    async (request, reply) => {
      const personId = searchedPatient(request.query);
      const consents = await searchConsents(db, callerOf(request), personId, request.query);
      return send(reply, searchBundle(consents, selfUrl(request)));
    },
  );

  r.get(
    '/api/fhir/Observation',
    { schema: { tags, querystring: fhirObservationSearch, response: one } },
    async (request, reply) => {
      const personId = searchedPatient(request.query);
      const found = await searchObservations(db, callerOf(request), personId, request.query);
      return send(reply, searchBundle(found, selfUrl(request)));
    },
  );

  // Referrals, consultations and worklist items as Tasks (decision 0019-g).
  r.get(
    '/api/fhir/Task',
    { schema: { tags, querystring: fhirTaskSearch, response: one } },
    async (request, reply) => {
      const personId = searchedPatient(request.query);
      const tasks = await searchTasks(db, callerOf(request), personId, request.query);
      return send(reply, searchBundle(tasks, selfUrl(request)));
    },
  );

  r.get(
    '/api/fhir/Task/:id',
    { schema: { tags, params: fhirTaskParams, response: one } },
    async (request, reply) => send(reply, await readTask(db, callerOf(request), request.params.id)),
  );
}
