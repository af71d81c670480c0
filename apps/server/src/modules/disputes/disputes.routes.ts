import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import {
  dispute,
  disputeListQuery,
  escalateDisputeBody,
  idParams,
  listOf,
  raiseDisputeBody,
  raiseToBodyBody,
  resolveDisputeBody,
} from '@vardflata/contracts';
import { callerOf } from '../../auth/auth.plugin.ts';
import type { Db } from '../../db/database.ts';
import { escalateDispute } from './use-cases/escalate-dispute.ts';
import { getDispute } from './use-cases/get-dispute.ts';
import { listDisputes } from './use-cases/list-disputes.ts';
import { raiseDispute } from './use-cases/raise.ts';
import { raiseDisputeToBody } from './use-cases/raise-dispute-to-body.ts';
import { resolveDispute } from './use-cases/resolve-dispute.ts';

/**
 * The dispute ladder (F13, seed 001): 1 line organisation → 2 nearest management level →
 * 3 local collaboration group → 4 county group; resolved with the decision. An overdue step is
 * escalated by the `disputes.scan` job.
 */
export function disputesRoutes(app: FastifyInstance, db: Db) {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const tags = ['disputes'];

  r.post(
    '/api/disputes',
    {
      schema: {
        tags,
        summary: 'Raises a dispute over responsibility with another organisation (level 1)',
        body: raiseDisputeBody,
        response: { 201: dispute },
      },
    },
    async (request, reply) =>
      reply.status(201).send(await raiseDispute(db, callerOf(request), request.body)),
  );

  r.get(
    '/api/disputes',
    {
      schema: {
        tags,
        summary: 'Disputes the caller sees; scope=owned: those whose current step is theirs',
        querystring: disputeListQuery,
        response: { 200: listOf(dispute) },
      },
    },
    async (request) => ({ items: await listDisputes(db, callerOf(request), request.query) }),
  );

  r.get(
    '/api/disputes/:id',
    { schema: { tags, summary: 'One dispute', params: idParams, response: { 200: dispute } } },
    async (request) => getDispute(db, callerOf(request), request.params.id),
  );

  r.post(
    '/api/disputes/:id/escalate',
    {
      schema: {
        tags,
        summary: 'One step up the ladder; 422 beyond the county group (4)',
        params: idParams,
        body: escalateDisputeBody,
        response: { 200: dispute },
      },
    },
    async (request) => escalateDispute(db, callerOf(request), request.params.id),
  );

  r.post(
    '/api/disputes/:id/resolve',
    {
      schema: {
        tags,
        summary: 'Resolves the dispute with the decision',
        params: idParams,
        body: resolveDisputeBody,
        response: { 200: dispute },
      },
    },
    async (request) => resolveDispute(db, callerOf(request), request.params.id, request.body),
  );

  r.post(
    '/api/disputes/:id/raise',
    {
      schema: {
        tags,
        summary: 'Raises the dispute to a collaboration body: on its next agenda',
        params: idParams,
        body: raiseToBodyBody,
        response: { 200: dispute },
      },
    },
    async (request) =>
      raiseDisputeToBody(db, callerOf(request), request.params.id, request.body.bodyId),
  );
}
