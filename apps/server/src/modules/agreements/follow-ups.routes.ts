import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import {
  actionParams,
  addActionBody,
  assessStatementBody,
  followUp,
  followUpActionBody,
  idParams,
  statementParams,
} from '@vardflata/contracts';
import { callerOf } from '../../auth/auth.plugin.ts';
import type { Db } from '../../db/database.ts';
import { addAction } from './use-cases/add-action.ts';
import { assessStatement } from './use-cases/assess-statement.ts';
import { followUpAction } from './use-cases/follow-up-action.ts';
import { getFollowUp } from './use-cases/get-follow-up.ts';
import { followUpReport } from './use-cases/report.ts';

/** The annual follow-up (F14): assessments, the year's deviations, the action plan, the PDF. */
export function followUpsRoutes(app: FastifyInstance, db: Db) {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const tags = ['agreements'];

  r.get(
    '/api/follow-ups/:id',
    {
      schema: {
        tags,
        summary: 'One annual follow-up',
        params: idParams,
        response: { 200: followUp },
      },
    },
    async (request) => getFollowUp(db, callerOf(request), request.params.id),
  );

  r.put(
    '/api/follow-ups/:id/statements/:statementId',
    {
      schema: {
        tags,
        summary: 'Assesses a statement: met, partly met or not met, with a comment',
        params: statementParams,
        body: assessStatementBody,
        response: { 200: followUp },
      },
    },
    async (request) =>
      assessStatement(
        db,
        callerOf(request),
        request.params.id,
        request.params.statementId,
        request.body,
      ),
  );

  r.post(
    '/api/follow-ups/:id/actions',
    {
      schema: {
        tags,
        summary: 'Adds an action to the plan (local or county level, owner, deadline)',
        params: idParams,
        body: addActionBody,
        response: { 201: followUp },
      },
    },
    async (request, reply) =>
      reply
        .status(201)
        .send(await addAction(db, callerOf(request), request.params.id, request.body)),
  );

  r.post(
    '/api/follow-ups/:id/actions/:actionId/follow-up',
    {
      schema: {
        tags,
        summary: 'Follows an action up: done, not done or still open, with a note',
        params: actionParams,
        body: followUpActionBody,
        response: { 200: followUp },
      },
    },
    async (request) =>
      followUpAction(
        db,
        callerOf(request),
        request.params.id,
        request.params.actionId,
        request.body,
      ),
  );

  r.get(
    '/api/follow-ups/:id/report.pdf',
    { schema: { tags, summary: 'The year’s report as PDF', params: idParams } },
    async (request, reply) => {
      const { pdf, followUp: f } = await followUpReport(db, callerOf(request), request.params.id);
      return reply
        .type('application/pdf')
        .header('content-disposition', `inline; filename="uppfoljning-${f.year}.pdf"`)
        .send(pdf);
    },
  );
}
