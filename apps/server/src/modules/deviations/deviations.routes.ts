import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import {
  answerDeviationBody,
  closeDeviationBody,
  deviation,
  deviationListQuery,
  deviationStatistics,
  deviationStatisticsQuery,
  idParams,
  listOf,
  raiseToBodyBody,
  reportDeviationBody,
} from '@vardflata/contracts';
import { callerOf } from '../../auth/auth.plugin.ts';
import type { Db } from '../../db/database.ts';
import { answerDeviation } from './use-cases/answer-deviation.ts';
import { closeDeviation } from './use-cases/close-deviation.ts';
import { deviationStatistics as statistics } from './use-cases/deviation-statistics.ts';
import { getDeviation } from './use-cases/get-deviation.ts';
import { listDeviations } from './use-cases/list-deviations.ts';
import { raiseDeviationToBody } from './use-cases/raise-deviation-to-body.ts';
import { reportDeviation } from './use-cases/report.ts';

/**
 * Deviations (avvikelser, F13): collaboration failures between the principals. Open → answered
 * by the organisation concerned → closed with what was done. No person data in them.
 */
export function deviationsRoutes(app: FastifyInstance, db: Db) {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const tags = ['deviations'];

  r.post(
    '/api/deviations',
    {
      schema: {
        tags,
        summary: 'Reports a collaboration failure to the organisation it concerns',
        description: 'A description containing a personal identity number is refused (400).',
        body: reportDeviationBody,
        response: { 201: deviation },
      },
    },
    async (request, reply) =>
      reply.status(201).send(await reportDeviation(db, callerOf(request), request.body)),
  );

  r.get(
    '/api/deviations',
    {
      schema: {
        tags,
        summary: 'Deviations the caller reported, that concern their organisation, or all they see',
        querystring: deviationListQuery,
        response: { 200: listOf(deviation) },
      },
    },
    async (request) => ({ items: await listDeviations(db, callerOf(request), request.query) }),
  );

  r.get(
    '/api/deviations/statistics',
    {
      schema: {
        tags,
        summary: 'Deviations per category and status reported in a period',
        querystring: deviationStatisticsQuery,
        response: { 200: deviationStatistics },
      },
    },
    async (request) => statistics(db, callerOf(request), request.query),
  );

  r.get(
    '/api/deviations/:id',
    { schema: { tags, summary: 'One deviation', params: idParams, response: { 200: deviation } } },
    async (request) => getDeviation(db, callerOf(request), request.params.id),
  );

  r.post(
    '/api/deviations/:id/answer',
    {
      schema: {
        tags,
        summary: 'The concerned organisation answers',
        params: idParams,
        body: answerDeviationBody,
        response: { 200: deviation },
      },
    },
    async (request) => answerDeviation(db, callerOf(request), request.params.id, request.body),
  );

  r.post(
    '/api/deviations/:id/close',
    {
      schema: {
        tags,
        summary: 'Closes the deviation with what was done',
        params: idParams,
        body: closeDeviationBody,
        response: { 200: deviation },
      },
    },
    async (request) => closeDeviation(db, callerOf(request), request.params.id, request.body),
  );

  r.post(
    '/api/deviations/:id/raise',
    {
      schema: {
        tags,
        summary: 'Raises the deviation to a collaboration body: on its next agenda',
        params: idParams,
        body: raiseToBodyBody,
        response: { 200: deviation },
      },
    },
    async (request) =>
      raiseDeviationToBody(db, callerOf(request), request.params.id, request.body.bodyId),
  );
}
