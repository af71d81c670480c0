import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import {
  bedBoard,
  createWithdrawalRequestBody,
  dischargeWithdrawalRequestBody,
  idParams,
  listOf,
  triageWithdrawalRequestBody,
  withdrawalRequest,
} from '@vardflata/contracts';
import { callerOf } from '../../auth/auth.plugin.ts';
import type { Db } from '../../db/database.ts';
import { admit } from './use-cases/admit.ts';
import { discharge } from './use-cases/discharge.ts';
import { bedBoard as readBedBoard } from './use-cases/bed-board.ts';
import { listPersonRequests } from './use-cases/list-person-requests.ts';
import { listQueue } from './use-cases/list-queue.ts';
import { requestWithdrawalBed } from './use-cases/request.ts';
import { triage } from './use-cases/triage.ts';

/** Withdrawal-bed requests to the county's addiction centre (seed 004, decision 0014-a). */
export function withdrawalRoutes(app: FastifyInstance, db: Db) {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const tags = ['withdrawal-beds'];

  r.post(
    '/api/persons/:id/withdrawal-requests',
    {
      schema: {
        tags,
        params: idParams,
        body: createWithdrawalRequestBody,
        response: { 201: withdrawalRequest },
      },
    },
    async (request, reply) =>
      reply
        .status(201)
        .send(await requestWithdrawalBed(db, callerOf(request), request.params.id, request.body)),
  );

  r.get(
    '/api/persons/:id/withdrawal-requests',
    { schema: { tags, params: idParams, response: { 200: listOf(withdrawalRequest) } } },
    async (request) => ({
      items: await listPersonRequests(db, callerOf(request), request.params.id),
    }),
  );

  r.get(
    '/api/withdrawal-requests',
    { schema: { tags, response: { 200: listOf(withdrawalRequest) } } },
    async (request) => ({ items: await listQueue(db, callerOf(request)) }),
  );

  r.get('/api/bed-board', { schema: { tags, response: { 200: bedBoard } } }, async (request) =>
    readBedBoard(db, callerOf(request)),
  );

  r.post(
    '/api/withdrawal-requests/:id/triage',
    {
      schema: {
        tags,
        params: idParams,
        body: triageWithdrawalRequestBody,
        response: { 200: withdrawalRequest },
      },
    },
    async (request) => triage(db, callerOf(request), request.params.id, request.body),
  );

  r.post(
    '/api/withdrawal-requests/:id/admit',
    { schema: { tags, params: idParams, response: { 200: withdrawalRequest } } },
    async (request) => admit(db, callerOf(request), request.params.id),
  );

  r.post(
    '/api/withdrawal-requests/:id/discharge',
    {
      schema: {
        tags,
        params: idParams,
        body: dischargeWithdrawalRequestBody,
        response: { 200: withdrawalRequest },
      },
    },
    async (request) => discharge(db, callerOf(request), request.params.id, request.body),
  );
}
