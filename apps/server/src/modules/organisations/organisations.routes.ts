import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import {
  createOrganisationBody,
  createUnitBody,
  idParams,
  listOf,
  organisation,
  unit,
  updateOrganisationBody,
} from '@vardflata/contracts';
import { callerOf } from '../../auth/auth.plugin.ts';
import type { Db } from '../../db/database.ts';
import * as service from './organisations.service.ts';

export function organisationsRoutes(app: FastifyInstance, db: Db) {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const tags = ['organisations'];

  r.get(
    '/api/organisations',
    { schema: { tags, response: { 200: listOf(organisation) } } },
    async () => ({ items: await service.listOrganisations(db) }),
  );

  r.post(
    '/api/organisations',
    { schema: { tags, body: createOrganisationBody, response: { 201: organisation } } },
    async (request, reply) =>
      reply.status(201).send(await service.createOrganisation(db, callerOf(request), request.body)),
  );

  r.patch(
    '/api/organisations/:id',
    {
      schema: {
        tags,
        params: idParams,
        body: updateOrganisationBody,
        response: { 200: organisation },
      },
    },
    async (request) =>
      service.renameOrganisation(db, callerOf(request), request.params.id, request.body.name),
  );

  r.post(
    '/api/organisations/:id/units',
    { schema: { tags, params: idParams, body: createUnitBody, response: { 201: unit } } },
    async (request, reply) =>
      reply
        .status(201)
        .send(
          await service.createUnit(db, callerOf(request), request.params.id, request.body.name),
        ),
  );

  r.patch(
    '/api/units/:id',
    { schema: { tags, params: idParams, body: createUnitBody, response: { 200: unit } } },
    async (request) =>
      service.renameUnit(db, callerOf(request), request.params.id, request.body.name),
  );
}
