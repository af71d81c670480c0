import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import {
  assignCaseManagerBody,
  careCase,
  caseManager,
  caseStats,
  caseStatsQuery,
  closeCaseBody,
  idParams,
  myPersons,
  openCaseBody,
  personCases,
} from '@vardflata/contracts';
import { callerOf } from '../../auth/auth.plugin.ts';
import type { Db } from '../../db/database.ts';
import * as service from './case-management.service.ts';

/** Case manager (F7) and cases closed and reopened (F8). */
export function caseManagementRoutes(app: FastifyInstance, db: Db) {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const tags = ['case-management'];

  r.post(
    '/api/persons/:id/case-manager',
    {
      schema: {
        tags,
        summary: 'Name the person’s case manager or ACT team (independent of any SIP)',
        params: idParams,
        body: assignCaseManagerBody,
        response: { 201: caseManager },
      },
    },
    async (request, reply) =>
      reply
        .status(201)
        .send(
          await service.assignCaseManager(db, callerOf(request), request.params.id, request.body),
        ),
  );

  r.get(
    '/api/persons/:id/cases',
    { schema: { tags, params: idParams, response: { 200: personCases } } },
    async (request) => service.personCases(db, callerOf(request), request.params.id),
  );

  r.post(
    '/api/persons/:id/cases',
    {
      schema: {
        tags,
        summary: 'Open a case at the caller’s unit; reopened when the person returns',
        params: idParams,
        body: openCaseBody,
        response: { 201: careCase },
      },
    },
    async (request, reply) =>
      reply
        .status(201)
        .send(await service.openCase(db, callerOf(request), request.params.id, request.body)),
  );

  r.post(
    '/api/cases/:id/close',
    {
      schema: {
        tags,
        summary: 'Close the case with its outcome',
        params: idParams,
        body: closeCaseBody,
        response: { 200: careCase },
      },
    },
    async (request) => service.closeCase(db, callerOf(request), request.params.id, request.body),
  );

  r.get(
    '/api/case-management/my-persons',
    {
      schema: {
        tags,
        summary: 'The persons the caller is case manager of',
        response: { 200: myPersons },
      },
    },
    async (request) => service.myPersons(db, callerOf(request)),
  );

  r.get(
    '/api/case-management/stats',
    {
      schema: {
        tags,
        summary: 'The unit’s cases opened, reopened (återaktualiserade) and closed in a period',
        querystring: caseStatsQuery,
        response: { 200: caseStats },
      },
    },
    async (request) => service.caseStats(db, callerOf(request), request.query),
  );
}
