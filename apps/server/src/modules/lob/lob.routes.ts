import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import {
  createLobIntakeBody,
  idParams,
  listOf,
  lobHandoverBody,
  lobIntake,
} from '@vardflata/contracts';
import { callerOf } from '../../auth/auth.plugin.ts';
import type { Db } from '../../db/database.ts';
import * as service from './lob.service.ts';

/** LOB sobering intakes and their hand-over (seed 002, decision 0014-d). */
export function lobRoutes(app: FastifyInstance, db: Db) {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const tags = ['lob'];
  r.post(
    '/api/persons/:id/lob-intakes',
    { schema: { tags, params: idParams, body: createLobIntakeBody, response: { 201: lobIntake } } },
    async (request, reply) =>
      reply
        .status(201)
        .send(await service.recordIntake(db, callerOf(request), request.params.id, request.body)),
  );
  r.get(
    '/api/persons/:id/lob-intakes',
    { schema: { tags, params: idParams, response: { 200: listOf(lobIntake) } } },
    async (request) => ({
      items: await service.listPersonIntakes(db, callerOf(request), request.params.id),
    }),
  );
  r.post(
    '/api/lob-intakes/:id/hand-over',
    { schema: { tags, params: idParams, body: lobHandoverBody, response: { 200: lobIntake } } },
    (request) => service.handOverIntake(db, callerOf(request), request.params.id, request.body),
  );
  r.post(
    '/api/lob-intakes/:id/receive',
    { schema: { tags, params: idParams, response: { 200: lobIntake } } },
    (request) => service.receiveIntake(db, callerOf(request), request.params.id),
  );
}
