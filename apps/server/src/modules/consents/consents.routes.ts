import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import {
  consent,
  createConsentBody,
  idParams,
  listOf,
  revokeConsentBody,
} from '@vardflata/contracts';
import { callerOf } from '../../auth/auth.plugin.ts';
import type { Db } from '../../db/database.ts';
import * as service from './consents.service.ts';

export function consentsRoutes(app: FastifyInstance, db: Db) {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const tags = ['consents'];

  r.post(
    '/api/persons/:id/consents',
    { schema: { tags, params: idParams, body: createConsentBody, response: { 201: consent } } },
    async (request, reply) => {
      const result = await service.recordConsent(
        db,
        callerOf(request),
        request.params.id,
        request.body,
      );
      return reply.status(201).send(result);
    },
  );

  r.get(
    '/api/persons/:id/consents',
    { schema: { tags, params: idParams, response: { 200: listOf(consent) } } },
    async (request) => ({
      items: await service.listConsents(db, callerOf(request), request.params.id),
    }),
  );

  r.post(
    '/api/consents/:id/revoke',
    { schema: { tags, params: idParams, body: revokeConsentBody, response: { 200: consent } } },
    async (request) =>
      service.revokeConsent(db, callerOf(request), request.params.id, request.body?.reason),
  );
}
