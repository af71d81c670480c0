import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { createDisclosureBody, disclosure, idParams, listOf } from '@vardflata/contracts';
import { callerOf } from '../../auth/auth.plugin.ts';
import type { Db } from '../../db/database.ts';
import * as service from './disclosures.service.ts';

/** Disclosures on a legal ground (F2, decision 0014-c). */
export function disclosuresRoutes(app: FastifyInstance, db: Db) {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const tags = ['disclosures'];

  r.post(
    '/api/persons/:id/disclosures',
    {
      schema: { tags, params: idParams, body: createDisclosureBody, response: { 201: disclosure } },
    },
    async (request, reply) =>
      reply
        .status(201)
        .send(await service.disclose(db, callerOf(request), request.params.id, request.body)),
  );
  r.get(
    '/api/persons/:id/disclosures',
    { schema: { tags, params: idParams, response: { 200: listOf(disclosure) } } },
    async (request) => ({
      items: await service.listDisclosedAbout(db, callerOf(request), request.params.id),
    }),
  );
  r.get(
    '/api/disclosures',
    { schema: { tags, response: { 200: listOf(disclosure) } } },
    async (request) => ({ items: await service.listReceived(db, callerOf(request)) }),
  );
  r.post(
    '/api/disclosures/:id/acknowledge',
    { schema: { tags, params: idParams, response: { 200: disclosure } } },
    (request) => service.acknowledgeDisclosure(db, callerOf(request), request.params.id),
  );
}
