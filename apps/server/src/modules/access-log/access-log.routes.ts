import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { accessLogQuery, accessLogRow } from '@vardflata/contracts';
import { callerOf } from '../../auth/auth.plugin.ts';
import type { Db } from '../../db/database.ts';
import { reviewAccessLog } from './access-log.service.ts';

export function accessLogRoutes(app: FastifyInstance, db: Db) {
  app.withTypeProvider<ZodTypeProvider>().get(
    '/api/access-log',
    {
      schema: {
        tags: ['access log'],
        querystring: accessLogQuery,
        response: { 200: z.object({ items: z.array(accessLogRow), total: z.number().int() }) },
      },
    },
    async (request) => reviewAccessLog(db, callerOf(request), request.query),
  );
}
