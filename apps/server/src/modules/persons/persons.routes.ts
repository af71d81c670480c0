import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import {
  careRelation,
  closeCareRelationBody,
  idParams,
  listOf,
  person,
  registeredPerson,
  registerPersonBody,
  searchQuery,
  uuid,
} from '@vardflata/contracts';
import { callerOf } from '../../auth/auth.plugin.ts';
import type { Db } from '../../db/database.ts';
import * as service from './persons.service.ts';

export function personsRoutes(app: FastifyInstance, db: Db) {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const tags = ['persons'];

  r.post(
    '/api/persons',
    { schema: { tags, body: registerPersonBody, response: { 201: registeredPerson } } },
    async (request, reply) => {
      const result = await service.registerPerson(db, callerOf(request), request.body);
      return reply.status(201).send(result);
    },
  );

  r.get(
    '/api/persons',
    { schema: { tags, querystring: searchQuery, response: { 200: listOf(person) } } },
    async (request) => ({
      items: await service.searchPersons(db, callerOf(request), request.query.q),
    }),
  );

  r.get(
    '/api/persons/:id',
    { schema: { tags, params: idParams, response: { 200: person } } },
    async (request) => service.getPerson(db, callerOf(request), request.params.id),
  );

  r.post(
    '/api/persons/:id/care-relations/:relationId/close',
    {
      schema: {
        tags,
        params: z.object({ id: uuid, relationId: uuid }),
        body: closeCareRelationBody,
        response: { 200: careRelation },
      },
    },
    async (request) =>
      service.closeCareRelation(
        db,
        callerOf(request),
        request.params.id,
        request.params.relationId,
        request.body.reason,
      ),
  );
}
