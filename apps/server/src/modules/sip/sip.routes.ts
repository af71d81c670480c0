import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import {
  idParams,
  listOf,
  proposeSipBody,
  sipActivateBody,
  sipCloseBody,
  sipDetail,
  sipDiff,
  sipDiffQuery,
  sipFollowUpBody,
  sipGate,
  sipGateQuery,
  sipHistoryItem,
  sipIdParams,
  sipInvitationBody,
  sipListQuery,
  sipMeetingBody,
  sipOwnView,
  sipParticipantParams,
  sipPdfQuery,
  sipProblem,
  sipReasonBody,
  sipRelativesObjectionBody,
  sipResponseBody,
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
import * as service from './sip.service.ts';

/**
 * SIP — samordnad individuell plan (F3). Life cycle: proposed → invited → meeting-held →
 * active (follow-ups, revisions) → closed; refused or withdrawn before it is active. An open
 * SIP without a valid `sip` consent is frozen (read-only; it may only be ended). 404 means
 * "no such SIP" and "not yours to see" alike.
 */
export function sipRoutes(app: FastifyInstance, db: Db, _config: Config) {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const tags = ['sip'];
  const refused = { 409: sipProblem, 422: sipProblem };

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
      const result = await service.propose(db, callerOf(request), request.params.id, request.body);
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
      items: await service.listForPerson(db, callerOf(request), request.params.id),
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
    async (request) =>
      service.sipGate(db, callerOf(request), request.params.id, request.query.covers),
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
    async (request) => ({ items: await service.listMine(db, callerOf(request), request.query) }),
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
    async (request) => service.getSip(db, callerOf(request), request.params.id),
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
    async (request) => service.updatePlan(db, callerOf(request), request.params.id, request.body),
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
      items: await service.listVersions(db, callerOf(request), request.params.id),
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
    async (request) =>
      service.getVersion(db, callerOf(request), request.params.id, request.params.version),
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
      service.diffVersions(
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
    async (request) => ({ items: await service.history(db, callerOf(request), request.params.id) }),
  );

  r.post(
    '/api/sips/:id/invitation',
    {
      schema: {
        tags,
        summary: 'Sends the invitation (kallelse) to a meeting and adds participants',
        description:
          'From `proposed` the SIP becomes `invited`; later it (re)schedules a planning or ' +
          'follow-up meeting. Needs a valid `sip` consent (422, missing `consent`). Participants ' +
          'of another organisation need a consent naming it, relatives the relatives’ consent ' +
          'and no objection (422 with `errors`). Reminders go out 2 days and 1 day before.',
        params: sipIdParams,
        body: sipInvitationBody,
        response: { 200: sipDetail, ...refused },
      },
    },
    async (request) => service.invite(db, callerOf(request), request.params.id, request.body),
  );

  r.post(
    '/api/sips/:id/participants/:participantId/response',
    {
      schema: {
        tags,
        summary: 'A participant accepts or declines the invitation',
        params: sipParticipantParams,
        body: sipResponseBody,
        response: { 200: sipDetail, ...refused },
      },
    },
    async (request) =>
      service.respond(
        db,
        callerOf(request),
        request.params.id,
        request.params.participantId,
        request.body,
      ),
  );

  r.post(
    '/api/sips/:id/participants/:participantId/remove',
    {
      schema: {
        tags,
        summary: 'Takes a participant off the SIP (the SIP’s own organisation)',
        params: sipParticipantParams,
        response: { 200: sipDetail, ...refused },
      },
    },
    async (request) =>
      service.removeParticipant(
        db,
        callerOf(request),
        request.params.id,
        request.params.participantId,
      ),
  );

  r.post(
    '/api/sips/:id/relatives-objection',
    {
      schema: {
        tags,
        summary: 'Records whether the person objects to relatives taking part',
        params: sipIdParams,
        body: sipRelativesObjectionBody,
        response: { 200: sipDetail, ...refused },
      },
    },
    async (request) =>
      service.setRelativesObjection(db, callerOf(request), request.params.id, request.body),
  );

  r.post(
    '/api/sips/:id/meetings',
    {
      schema: {
        tags,
        summary: 'Records that the first SIP meeting was held',
        params: sipIdParams,
        body: sipMeetingBody,
        response: { 201: sipDetail, ...refused },
      },
    },
    async (request, reply) => {
      const result = await service.recordMeeting(
        db,
        callerOf(request),
        request.params.id,
        request.body,
      );
      return reply.status(201).send(result);
    },
  );

  r.post(
    '/api/sips/:id/activate',
    {
      schema: {
        tags,
        summary: 'Makes the plan active',
        description:
          '422 with `missing` (any of consent, problem-and-goals, interventions-by-principal, ' +
          'measures-by-others, overall-responsibility, coordinator, follow-up-date) when the ' +
          'plan is incomplete.',
        params: sipIdParams,
        body: sipActivateBody,
        response: { 200: sipDetail, ...refused },
      },
    },
    async (request) => service.activate(db, callerOf(request), request.params.id, request.body?.on),
  );

  r.post(
    '/api/sips/:id/follow-ups',
    {
      schema: {
        tags,
        summary: 'Records a follow-up: every goal and intervention evaluated, the next date set',
        params: sipIdParams,
        body: sipFollowUpBody,
        response: { 201: sipDetail, ...refused },
      },
    },
    async (request, reply) => {
      const result = await service.recordFollowUp(
        db,
        callerOf(request),
        request.params.id,
        request.body,
      );
      return reply.status(201).send(result);
    },
  );

  r.post(
    '/api/sips/:id/close',
    {
      schema: {
        tags,
        summary: 'Closes an active SIP with an outcome',
        params: sipIdParams,
        body: sipCloseBody,
        response: { 200: sipDetail, ...refused },
      },
    },
    async (request) =>
      service.end(db, callerOf(request), request.params.id, { type: 'close', body: request.body }),
  );

  for (const type of ['refuse', 'withdraw'] as const) {
    r.post(
      `/api/sips/:id/${type}`,
      {
        schema: {
          tags,
          summary:
            type === 'refuse'
              ? 'The person declined the SIP (with the reason)'
              : 'The proposal is withdrawn (with the reason)',
          params: sipIdParams,
          body: sipReasonBody,
          response: { 200: sipDetail, ...refused },
        },
      },
      async (request) =>
        service.end(db, callerOf(request), request.params.id, { type, body: request.body }),
    );
  }

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
    async (request) => service.getOwnView(db, callerOf(request), request.params.id),
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
      const pdf = await service.planPdf(
        db,
        callerOf(request),
        request.params.id,
        request.query.audience,
      );
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
      const pdf = await service.invitationLetter(db, callerOf(request), request.params.id);
      return reply
        .type('application/pdf')
        .header('content-disposition', 'inline; filename="kallelse.pdf"')
        .send(pdf);
    },
  );
}
