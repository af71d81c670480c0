import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import {
  idParams,
  mergeBody,
  mergedInto,
  mergePreview,
  mergePreviewQuery,
  mergeResult,
  registerReserveBody,
  reservePerson,
} from '@vardflata/contracts';
import { callerOf } from '../../auth/auth.plugin.ts';
import type { Db } from '../../db/database.ts';
import { mergeIdentity } from './use-cases/merge.ts';
import { previewMerge } from './use-cases/preview-merge.ts';
import { readMergedInto } from './use-cases/read-merged-into.ts';
import { registerReserve } from './use-cases/register-reserve.ts';

/** Reserve numbers and merging a reserve identity into the real person (decision 0019-b). */
export function identityRoutes(app: FastifyInstance, db: Db) {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const tags = ['persons'];

  r.post(
    '/api/persons/reserve',
    {
      schema: {
        tags,
        summary: 'Register a person with a reserve number',
        body: registerReserveBody,
        response: { 201: reservePerson },
      },
    },
    async (request, reply) =>
      reply.status(201).send(await registerReserve(db, callerOf(request), request.body)),
  );

  r.get(
    '/api/persons/:id/merge-preview',
    {
      schema: {
        tags,
        summary: 'What merging this reserve identity into a person would move',
        params: idParams,
        querystring: mergePreviewQuery,
        response: { 200: mergePreview },
      },
    },
    async (request) => previewMerge(db, callerOf(request), request.params.id, request.query.into),
  );

  r.post(
    '/api/persons/:id/merge',
    {
      schema: {
        tags,
        summary: 'Merge this reserve identity into the real person',
        params: idParams,
        body: mergeBody,
        response: { 200: mergeResult },
      },
    },
    async (request) =>
      mergeIdentity(db, callerOf(request), request.params.id, request.body.intoPersonId),
  );

  r.get(
    '/api/persons/:id/merged-into',
    {
      schema: {
        tags,
        summary: 'Where a merged reserve identity went',
        params: idParams,
        response: { 200: mergedInto },
      },
    },
    async (request) => readMergedInto(db, callerOf(request), request.params.id),
  );
}
