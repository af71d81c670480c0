import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { worklist, worklistQuery } from '@vardflata/contracts';
import { callerOf } from '../../auth/auth.plugin.ts';
import type { Db } from '../../db/database.ts';
import { getWorklist } from './worklist.service.ts';

export function worklistRoutes(app: FastifyInstance, db: Db) {
  app.withTypeProvider<ZodTypeProvider>().get(
    '/api/worklist',
    {
      schema: {
        tags: ['worklist'],
        summary: 'What is due on the caller’s and their unit’s SIPs (F7)',
        description:
          'Follow-ups due and overdue, invitations to answer and without answers, meetings this ' +
          'week, consents about to run out, frozen plans, plans without activity, long waits ' +
          'for the first meeting.',
        querystring: worklistQuery,
        response: { 200: worklist },
      },
    },
    async (request) => getWorklist(db, callerOf(request), request.query.scope),
  );
}
