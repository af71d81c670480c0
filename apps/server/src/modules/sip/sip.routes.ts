import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import {
  idParams,
  listOf,
  proposeSipBody,
  sipDetail,
  sipDiff,
  sipDiffQuery,
  sipGate,
  sipGateQuery,
  sipHistoryItem,
  sipIdParams,
  sipListQuery,
  sipOwnView,
  sipPdfQuery,
  sipProblem,
  sipStaleVersionProblem,
  sipSummary,
  sipVersion,
  sipVersionParams,
  sipVersionSummary,
  updateSipPlanBody,
} from '@vardflata/contracts';
import { callerOf } from '../../auth/auth.plugin.ts';
import type { Config } from '../../config.ts';
import type { Db } from '../../db/database.ts';
import { sipLifeCycleRoutes } from './sip.life-cycle.routes.ts';
import { getSip } from './use-cases/get-sip.ts';
import { history } from './use-cases/history.ts';
import { listForPerson } from './use-cases/list-for-person.ts';
import { listMine } from './use-cases/list-mine.ts';
import { getOwnView } from './use-cases/get-own-view.ts';
import { invitationLetter } from './use-cases/invitation-letter.ts';
import { planPdf } from './use-cases/plan-pdf.ts';
import { updatePlan } from './use-cases/plan.ts';
import { propose } from './use-cases/propose.ts';
import { sipGate as gate } from './use-cases/sip-gate.ts';
import { diffVersions } from './use-cases/diff-versions.ts';
import { getVersion } from './use-cases/get-version.ts';
import { listVersions } from './use-cases/list-versions.ts';

/**
 * SIP — samordnad individuell plan (F3). Life cycle: proposed → invited → meeting-held →
 * active (follow-ups, revisions) → closed; refused or withdrawn before it is active. An open
 * SIP without a valid `sip` consent is frozen (read-only; it may only be ended). 404 means
 * "no such SIP" and "not yours to see" alike.
 */
export function sipRoutes(app: FastifyInstance, db: Db, _config: Config) {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const tags = ['sip'];

  r.post(
    '/api/persons/:id/sips',
    {
      schema: {
        tags,
        summary: 'Proposes a SIP for the person; the caller’s unit owns it',
        params: idParams,
        body: proposeSipBody,
        response: { 201: sipDetail },
      },
    },
    async (request, reply) => {
      const result = await propose(db, callerOf(request), request.params.id, request.body);
      return reply.status(201).send(result);
    },
  );

  r.get(
    '/api/persons/:id/sips',
    {
      schema: {
        tags,
        summary: 'The person’s SIPs the caller may see',
        params: idParams,
        response: { 200: listOf(sipSummary) },
      },
    },
    async (request) => ({
      items: await listForPerson(db, callerOf(request), request.params.id),
    }),
  );

  r.get(
    '/api/persons/:id/sip-gate',
    {
      schema: {
        tags,
        summary: 'Does the person have an active SIP that covers an intervention kind or tag?',
        description:
          'The mandatory SIP gates (F3): e.g. `covers=hvb-placement` before an HVB placement, ' +
          '`covers=medication-dependence-handover` before handing over medication dependence.',
        params: idParams,
        querystring: sipGateQuery,
        response: { 200: sipGate },
      },
    },
    async (request) => gate(db, callerOf(request), request.params.id, request.query.covers),
  );

  r.get(
    '/api/sips',
    {
      schema: {
        tags,
        summary: 'SIPs the caller takes part in or coordinates (mine), or also their unit’s',
        querystring: sipListQuery,
        response: { 200: listOf(sipSummary) },
      },
    },
    async (request) => ({ items: await listMine(db, callerOf(request), request.query) }),
  );

  r.get(
    '/api/sips/:id',
    {
      schema: {
        tags,
        summary: 'The SIP: plan, version, participants, meetings, follow-ups, what may happen now',
        params: sipIdParams,
        response: { 200: sipDetail },
      },
    },
    async (request) => getSip(db, callerOf(request), request.params.id),
  );

  r.put(
    '/api/sips/:id/plan',
    {
      schema: {
        tags,
        summary: 'Saves the plan as a new version',
        description:
          'The whole plan, with the version the edit started from. A stale `basedOnVersion` ' +
          'answers 409 with the saved version and a three-way merge (`merge.merged`, ' +
          '`merge.conflicts`); save the merge with `basedOnVersion = currentVersion`. An ' +
          'active plan must stay complete (422 with `missing`).',
        params: sipIdParams,
        body: updateSipPlanBody,
        response: {
          200: sipDetail,
          409: z.union([sipStaleVersionProblem, sipProblem]),
          422: sipProblem,
        },
      },
    },
    async (request) => updatePlan(db, callerOf(request), request.params.id, request.body),
  );

  r.get(
    '/api/sips/:id/versions',
    {
      schema: {
        tags,
        summary: 'Every saved version, newest first: who, when, what changed',
        params: sipIdParams,
        response: { 200: listOf(sipVersionSummary) },
      },
    },
    async (request) => ({
      items: await listVersions(db, callerOf(request), request.params.id),
    }),
  );

  r.get(
    '/api/sips/:id/versions/:version',
    {
      schema: {
        tags,
        summary: 'One version of the plan',
        params: sipVersionParams,
        response: { 200: sipVersion },
      },
    },
    async (request) => getVersion(db, callerOf(request), request.params.id, request.params.version),
  );

  r.get(
    '/api/sips/:id/versions/:version/diff',
    {
      schema: {
        tags,
        summary: 'What changed in a version, as a list of readable changes',
        params: sipVersionParams,
        querystring: sipDiffQuery,
        response: { 200: sipDiff },
      },
    },
    async (request) =>
      diffVersions(
        db,
        callerOf(request),
        request.params.id,
        request.params.version,
        request.query.against,
      ),
  );

  r.get(
    '/api/sips/:id/history',
    {
      schema: {
        tags,
        summary: 'The SIP’s history: who did what, when',
        params: sipIdParams,
        response: { 200: listOf(sipHistoryItem) },
      },
    },
    async (request) => ({ items: await history(db, callerOf(request), request.params.id) }),
  );

  sipLifeCycleRoutes(app, db);

  r.get(
    '/api/sips/:id/own-view',
    {
      schema: {
        tags,
        summary: 'The person’s own view of the plan, in plain Swedish',
        params: sipIdParams,
        response: { 200: sipOwnView },
      },
    },
    async (request) => getOwnView(db, callerOf(request), request.params.id),
  );

  r.get(
    '/api/sips/:id/plan.pdf',
    {
      schema: {
        tags,
        summary: 'The plan as PDF in Swedish (audience=person: the person’s own view)',
        params: sipIdParams,
        querystring: sipPdfQuery,
      },
    },
    async (request, reply) => {
      const pdf = await planPdf(db, callerOf(request), request.params.id, request.query.audience);
      const name = request.query.audience === 'person' ? 'min-plan.pdf' : 'sip.pdf';
      return reply
        .type('application/pdf')
        .header('content-disposition', `inline; filename="${name}"`)
        .send(pdf);
    },
  );

  r.get(
    '/api/sips/:id/invitation-letter.pdf',
    {
      schema: {
        tags,
        summary: 'The invitation letter to the person for the scheduled meeting (PDF)',
        params: sipIdParams,
      },
    },
    async (request, reply) => {
      const pdf = await invitationLetter(db, callerOf(request), request.params.id);
      return reply
        .type('application/pdf')
        .header('content-disposition', 'inline; filename="kallelse.pdf"')
        .send(pdf);
    },
  );
}
