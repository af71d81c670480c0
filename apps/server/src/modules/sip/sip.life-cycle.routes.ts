import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import {
  sipActivateBody,
  sipCloseBody,
  sipDetail,
  sipFollowUpBody,
  sipIdParams,
  sipInvitationBody,
  sipMeetingBody,
  sipParticipantParams,
  sipProblem,
  sipReasonBody,
  sipRelativesObjectionBody,
  sipResponseBody,
} from '@vardflata/contracts';
import { callerOf } from '../../auth/auth.plugin.ts';
import type { Db } from '../../db/database.ts';
import { end } from './use-cases/end.ts';
import { recordFollowUp } from './use-cases/follow-up.ts';
import { invite } from './use-cases/invitation.ts';
import { activate } from './use-cases/activate.ts';
import { recordMeeting } from './use-cases/record-meeting.ts';
import { removeParticipant } from './use-cases/remove-participant.ts';
import { respond } from './use-cases/respond.ts';
import { setRelativesObjection } from './use-cases/set-relatives-objection.ts';

/**
 * The SIP's life cycle over HTTP (F3): the invitation and its answers, the first meeting,
 * activation, follow-ups and the endings. Each answers the SIP as the caller now sees it; a
 * refusal of the domain's rules is 409 or 422 with the refusal's `reason`.
 */
export function sipLifeCycleRoutes(app: FastifyInstance, db: Db) {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const tags = ['sip'];
  const refused = { 409: sipProblem, 422: sipProblem };

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
    async (request) => invite(db, callerOf(request), request.params.id, request.body),
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
      respond(db, callerOf(request), request.params.id, request.params.participantId, request.body),
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
      removeParticipant(db, callerOf(request), request.params.id, request.params.participantId),
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
      setRelativesObjection(db, callerOf(request), request.params.id, request.body),
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
      const result = await recordMeeting(db, callerOf(request), request.params.id, request.body);
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
    async (request) => activate(db, callerOf(request), request.params.id, request.body),
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
      const result = await recordFollowUp(db, callerOf(request), request.params.id, request.body);
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
      end(db, callerOf(request), request.params.id, { type: 'close', body: request.body }),
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
        end(db, callerOf(request), request.params.id, { type, body: request.body }),
    );
  }
}
