import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import {
  idParams,
  integratedReception,
  integratedReceptionBody,
  listOf,
} from '@vardflata/contracts';
import { callerOf } from '../../auth/auth.plugin.ts';
import type { Db } from '../../db/database.ts';
import { createIntegratedReception } from './use-cases/create-integrated-reception.ts';
import { listIntegratedReceptions } from './use-cases/list-integrated-receptions.ts';
import { updateIntegratedReception } from './use-cases/update-integrated-reception.ts';

export function integratedReceptionsRoutes(app: FastifyInstance, db: Db) {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const tags = ['organisations'];

  r.get(
    '/api/integrated-receptions',
    { schema: { tags, response: { 200: listOf(integratedReception) } } },
    async () => ({ items: await listIntegratedReceptions(db) }),
  );

  r.post(
    '/api/integrated-receptions',
    {
      schema: { tags, body: integratedReceptionBody, response: { 201: integratedReception } },
    },
    async (request, reply) =>
      reply.status(201).send(await createIntegratedReception(db, callerOf(request), request.body)),
  );

  r.put(
    '/api/integrated-receptions/:id',
    {
      schema: {
        tags,
        params: idParams,
        body: integratedReceptionBody,
        response: { 200: integratedReception },
      },
    },
    async (request) =>
      updateIntegratedReception(db, callerOf(request), request.params.id, request.body),
  );
}
