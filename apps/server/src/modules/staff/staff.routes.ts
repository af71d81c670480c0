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
import type { Config } from '../../config.ts';
import type { Db } from '../../db/database.ts';
import { approveProposal } from './use-cases/approve-proposal.ts';
import { unlockSignIn } from './use-cases/unlock-sign-in.ts';
import * as service from './staff.service.ts';

export function staffRoutes(app: FastifyInstance, db: Db, config: Config) {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const tags = ['staff'];

  r.get(
    '/api/staff',
    { schema: { tags, response: { 200: listOf(staffMember) } } },
    async (request) => ({
      items: await service.listStaff(db, callerOf(request), config.clock()),
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
      reply
        .status(201)
        .send(await service.createStaff(db, callerOf(request), config.clock(), request.body)),
  );

  r.patch(
    '/api/staff/:id',
    { schema: { tags, params: idParams, body: updateStaffBody, response: { 200: staffMember } } },
    async (request) =>
      service.updateStaff(db, callerOf(request), config.clock(), request.params.id, request.body),
  );

  r.post(
    '/api/staff/:id/password',
    { schema: { tags, params: idParams, body: setPasswordBody } },
    async (request, reply) => {
      await service.setPassword(
        db,
        callerOf(request),
        config.clock(),
        request.params.id,
        request.body.password,
      );
      return reply.status(204).send();
    },
  );

  r.post(
    '/api/staff/:id/reset-second-factor',
    { schema: { tags, params: idParams } },
    async (request, reply) => {
      await service.resetSecondFactor(db, callerOf(request), config.clock(), request.params.id);
      return reply.status(204).send();
    },
  );

  // auth: the two-person rule's approval and the lifting of a sign-in lock (decision 0012)
  r.post(
    '/api/staff/:id/approve',
    { schema: { tags, params: idParams, response: { 200: staffMember } } },
    async (request) => approveProposal(db, callerOf(request), config.clock(), request.params.id),
  );

  r.post(
    '/api/staff/:id/unlock',
    { schema: { tags, params: idParams } },
    async (request, reply) => {
      await unlockSignIn(db, callerOf(request), request.params.id);
      return reply.status(204).send();
    },
  );
}
