import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import {
  childrenQuestion,
  childrenQuestionBody,
  circle,
  circleMember,
  createCircleMemberBody,
  createSupportBody,
  idParams,
} from '@vardflata/contracts';
import { callerOf } from '../../auth/auth.plugin.ts';
import type { Db } from '../../db/database.ts';
import { readCircle } from './use-cases/read-circle.ts';
import { recordChildrenQuestion } from './use-cases/record-children-question.ts';
import { recordMember } from './use-cases/record-member.ts';
import { recordSupport } from './use-cases/record-support.ts';

/** The person's circle (F1): children and adult relatives, support given, the children question. */
export function circleRoutes(app: FastifyInstance, db: Db) {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const tags = ['circle'];

  r.get(
    '/api/persons/:id/circle',
    { schema: { tags, params: idParams, response: { 200: circle } } },
    async (request) => readCircle(db, callerOf(request), request.params.id),
  );

  r.post(
    '/api/persons/:id/circle/members',
    {
      schema: {
        tags,
        summary: 'Record a child or adult relative',
        params: idParams,
        body: createCircleMemberBody,
        response: { 201: circleMember },
      },
    },
    async (request, reply) =>
      reply
        .status(201)
        .send(await recordMember(db, callerOf(request), request.params.id, request.body)),
  );

  r.post(
    '/api/circle-members/:id/supports',
    {
      schema: {
        tags,
        summary: 'Record information, advice or support given to a relative',
        params: idParams,
        body: createSupportBody,
        response: { 201: circleMember },
      },
    },
    async (request, reply) =>
      reply
        .status(201)
        .send(await recordSupport(db, callerOf(request), request.params.id, request.body)),
  );

  r.post(
    '/api/persons/:id/children-question',
    {
      schema: {
        tags,
        summary: 'Record the answer to the children-as-relatives question',
        params: idParams,
        body: childrenQuestionBody,
        response: { 201: childrenQuestion },
      },
    },
    async (request, reply) =>
      reply
        .status(201)
        .send(await recordChildrenQuestion(db, callerOf(request), request.params.id, request.body)),
  );
}
