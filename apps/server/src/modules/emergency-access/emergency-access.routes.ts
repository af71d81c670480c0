import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import {
  emergencyAccess,
  emergencyAccessBody,
  idParams,
  listOf,
  reviewBody,
} from '@vardflata/contracts';
import { callerOf } from '../../auth/auth.plugin.ts';
import type { Config } from '../../config.ts';
import type { Db } from '../../db/database.ts';
import { listEmergencyAccess } from './use-cases/list.ts';
import { openEmergencyAccess } from './use-cases/open.ts';
import { reviewEmergencyAccess } from './use-cases/review.ts';

export function emergencyAccessRoutes(app: FastifyInstance, db: Db, config: Config) {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const tags = ['emergency access'];

  r.post(
    '/api/emergency-access',
    { schema: { tags, body: emergencyAccessBody, response: { 201: emergencyAccess } } },
    async (request, reply) => {
      const result = await openEmergencyAccess(
        db,
        callerOf(request),
        request.body,
        config.emergencyAccessMinutes,
      );
      return reply.status(201).send(result);
    },
  );

  r.get(
    '/api/emergency-access',
    {
      schema: {
        tags,
        querystring: z.object({ reviewed: z.enum(['true', 'false']).optional() }),
        response: { 200: listOf(emergencyAccess) },
      },
    },
    async (request) => {
      const reviewed =
        request.query.reviewed === undefined ? undefined : request.query.reviewed === 'true';
      return { items: await listEmergencyAccess(db, callerOf(request), reviewed) };
    },
  );

  r.post(
    '/api/emergency-access/:id/review',
    {
      schema: {
        tags,
        params: idParams,
        body: reviewBody.nullish(),
        response: { 200: emergencyAccess },
      },
    },
    async (request) =>
      reviewEmergencyAccess(db, callerOf(request), request.params.id, request.body?.note),
  );
}
