import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import {
  addMemberBody,
  agendaItemBody,
  collaborationBody,
  idParams,
  listOf,
  meetingParams,
  minutesBody,
  planMeetingBody,
} from '@vardflata/contracts';
import { callerOf } from '../../auth/auth.plugin.ts';
import type { Db } from '../../db/database.ts';
import { addAgendaItem } from './use-cases/add-agenda-item.ts';
import { addBodyMember } from './use-cases/add-body-member.ts';
import { listBodies } from './use-cases/list-bodies.ts';
import { planMeeting } from './use-cases/plan-meeting.ts';
import { recordMinutes } from './use-cases/record-minutes.ts';

/** Collaboration bodies (F15): members, meetings, agendas, minutes and decisions. */
export function bodiesRoutes(app: FastifyInstance, db: Db) {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const tags = ['collaboration bodies'];

  r.get(
    '/api/collaboration-bodies',
    {
      schema: {
        tags,
        summary: 'The county’s collaboration bodies with members, meetings and what waits',
        response: { 200: listOf(collaborationBody) },
      },
    },
    async (request) => ({ items: await listBodies(db, callerOf(request)) }),
  );

  r.post(
    '/api/collaboration-bodies/:id/members',
    {
      schema: {
        tags,
        summary: 'Adds a member (a staff account, or a user or relative organisation’s person)',
        params: idParams,
        body: addMemberBody,
        response: { 201: collaborationBody },
      },
    },
    async (request, reply) =>
      reply
        .status(201)
        .send(await addBodyMember(db, callerOf(request), request.params.id, request.body)),
  );

  r.post(
    '/api/collaboration-bodies/:id/meetings',
    {
      schema: {
        tags,
        summary: 'Plans a meeting; raised deviations and disputes come onto its agenda',
        params: idParams,
        body: planMeetingBody,
        response: { 201: collaborationBody },
      },
    },
    async (request, reply) =>
      reply
        .status(201)
        .send(await planMeeting(db, callerOf(request), request.params.id, request.body)),
  );

  r.post(
    '/api/collaboration-bodies/:id/meetings/:meetingId/agenda',
    {
      schema: {
        tags,
        summary: 'Adds an item to a planned meeting’s agenda',
        params: meetingParams,
        body: agendaItemBody,
        response: { 201: collaborationBody },
      },
    },
    async (request, reply) =>
      reply
        .status(201)
        .send(
          await addAgendaItem(
            db,
            callerOf(request),
            request.params.id,
            request.params.meetingId,
            request.body,
          ),
        ),
  );

  r.post(
    '/api/collaboration-bodies/:id/meetings/:meetingId/minutes',
    {
      schema: {
        tags,
        summary: 'Records the minutes and decisions; the meeting is held',
        params: meetingParams,
        body: minutesBody,
        response: { 200: collaborationBody },
      },
    },
    async (request) =>
      recordMinutes(
        db,
        callerOf(request),
        request.params.id,
        request.params.meetingId,
        request.body,
      ),
  );
}
