import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { caseload, caseloadQuery } from '@vardflata/contracts';
import { callerOf } from '../../auth/auth.plugin.ts';
import type { Db } from '../../db/database.ts';
import { getCaseload } from './caseload.service.ts';

export function caseloadRoutes(app: FastifyInstance, db: Db) {
  app.withTypeProvider<ZodTypeProvider>().get(
    '/api/caseload',
    {
      schema: {
        tags: ['persons'],
        summary: 'The caller’s persons: SIPs she coordinates, then her unit’s care relations',
        description:
          'For the start page. Every person listed is a logged read (action person.list).',
        querystring: caseloadQuery,
        response: { 200: caseload },
      },
    },
    async (request) => getCaseload(db, callerOf(request), request.query.limit),
  );
}
