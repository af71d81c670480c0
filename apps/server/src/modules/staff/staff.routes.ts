import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import {
  createStaffBody,
  idParams,
  listOf,
  setPasswordBody,
  staffDirectoryEntry,
  staffDirectoryQuery,
  staffMember,
  updateStaffBody,
} from '@vardflata/contracts';
import { callerOf } from '../../auth/auth.plugin.ts';
import type { Db } from '../../db/database.ts';
import * as service from './staff.service.ts';

export function staffRoutes(app: FastifyInstance, db: Db) {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const tags = ['staff'];

  r.get(
    '/api/staff',
    { schema: { tags, response: { 200: listOf(staffMember) } } },
    async (request) => ({
      items: await service.listStaff(db, callerOf(request)),
    }),
  );

  r.get(
    '/api/staff/directory',
    {
      schema: {
        tags,
        querystring: staffDirectoryQuery,
        response: { 200: listOf(staffDirectoryEntry) },
      },
    },
    async (request) => ({
      items: await service.staffDirectory(db, callerOf(request), request.query),
    }),
  );

  r.post(
    '/api/staff',
    { schema: { tags, body: createStaffBody, response: { 201: staffMember } } },
    async (request, reply) =>
      reply.status(201).send(await service.createStaff(db, callerOf(request), request.body)),
  );

  r.patch(
    '/api/staff/:id',
    { schema: { tags, params: idParams, body: updateStaffBody, response: { 200: staffMember } } },
    async (request) => service.updateStaff(db, callerOf(request), request.params.id, request.body),
  );

  r.post(
    '/api/staff/:id/password',
    { schema: { tags, params: idParams, body: setPasswordBody } },
    async (request, reply) => {
      await service.setPassword(db, callerOf(request), request.params.id, request.body.password);
      return reply.status(204).send();
    },
  );

  r.post(
    '/api/staff/:id/reset-second-factor',
    { schema: { tags, params: idParams } },
    async (request, reply) => {
      await service.resetSecondFactor(db, callerOf(request), request.params.id);
      return reply.status(204).send();
    },
  );
}
