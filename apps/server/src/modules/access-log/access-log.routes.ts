import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import {
  accessLogPage,
  accessLogQuery,
  idParams,
  logReview,
  logReviewStatus,
  recordLogReviewBody,
  registerExtract,
  registerExtractQuery,
} from '@vardflata/contracts';
import { callerOf } from '../../auth/auth.plugin.ts';
import type { Db } from '../../db/database.ts';
import { renderRegisterExtractPdf } from './register-extract.pdf.ts';
import { logReviewStatus as reviewStatus } from './use-cases/log-review-status.ts';
import { recordLogReview } from './use-cases/record-log-review.ts';
import { getRegisterExtract } from './use-cases/register-extract.ts';
import { reviewAccessLog } from './use-cases/review-log.ts';

export function accessLogRoutes(app: FastifyInstance, db: Db) {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const tags = ['access log'];

  r.get(
    '/api/access-log',
    {
      schema: {
        tags,
        summary: 'Log review (loggkontroll): the organisation’s accesses, filtered or sampled',
        querystring: accessLogQuery,
        response: { 200: accessLogPage },
      },
    },
    async (request) => reviewAccessLog(db, callerOf(request), request.query),
  );

  r.post(
    '/api/access-log/reviews',
    {
      schema: {
        tags,
        summary: 'Records a completed log review',
        body: recordLogReviewBody,
        response: { 201: logReview },
      },
    },
    async (request, reply) =>
      reply.status(201).send(await recordLogReview(db, callerOf(request), request.body)),
  );

  r.get(
    '/api/access-log/review-status',
    {
      schema: {
        tags,
        summary: 'When the organisation last reviewed its log, and whether a review is due',
        response: { 200: logReviewStatus },
      },
    },
    async (request) => reviewStatus(db, callerOf(request)),
  );

  r.get(
    '/api/persons/:id/access-extract',
    {
      schema: {
        tags,
        summary: 'The register extract for the person: who accessed their data, in words',
        params: idParams,
        querystring: registerExtractQuery,
        response: { 200: registerExtract },
      },
    },
    async (request) =>
      getRegisterExtract(db, callerOf(request), request.params.id, request.query, 'json'),
  );

  r.get(
    '/api/persons/:id/access-extract.pdf',
    {
      schema: {
        tags,
        summary: 'The register extract as PDF to hand to the person (lang=sv|en)',
        params: idParams,
        querystring: registerExtractQuery,
      },
    },
    async (request, reply) => {
      const extract = await getRegisterExtract(
        db,
        callerOf(request),
        request.params.id,
        request.query,
        'pdf',
      );
      const pdf = await renderRegisterExtractPdf(extract, request.query.lang);
      const name = request.query.lang === 'en' ? 'register-extract.pdf' : 'registerutdrag.pdf';
      return reply
        .type('application/pdf')
        .header('content-disposition', `inline; filename="${name}"`)
        .send(pdf);
    },
  );
}
