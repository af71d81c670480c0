import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import {
  addRoutineBody,
  agreement,
  followUp,
  idParams,
  listOf,
  reviseAgreementBody,
  routineParams,
  routineVersionBody,
  startFollowUpBody,
} from '@vardflata/contracts';
import { callerOf } from '../../auth/auth.plugin.ts';
import type { Db } from '../../db/database.ts';
import { addRoutine } from './use-cases/add-routine.ts';
import { addRoutineVersion } from './use-cases/add-routine-version.ts';
import { getAgreement } from './use-cases/get-agreement.ts';
import { listAgreements } from './use-cases/list-agreements.ts';
import { reviseAgreement } from './use-cases/revise-agreement.ts';
import { startFollowUp } from './use-cases/start-follow-up.ts';

/** Agreements (överenskommelser, F12): parties, validity, routines with versions, revisions. */
export function agreementsRoutes(app: FastifyInstance, db: Db) {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const tags = ['agreements'];

  r.get(
    '/api/agreements',
    {
      schema: {
        tags,
        summary: 'The county’s agreements with parties, validity and routines',
        response: { 200: listOf(agreement) },
      },
    },
    async (request) => ({ items: await listAgreements(db, callerOf(request)) }),
  );

  r.get(
    '/api/agreements/:id',
    { schema: { tags, summary: 'One agreement', params: idParams, response: { 200: agreement } } },
    async (request) => getAgreement(db, callerOf(request), request.params.id),
  );

  r.post(
    '/api/agreements/:id/routines',
    {
      schema: {
        tags,
        summary: 'Links a routine to the agreement (its first version)',
        params: idParams,
        body: addRoutineBody,
        response: { 201: agreement },
      },
    },
    async (request, reply) =>
      reply
        .status(201)
        .send(await addRoutine(db, callerOf(request), request.params.id, request.body)),
  );

  r.post(
    '/api/agreements/:id/routines/:routineId/versions',
    {
      schema: {
        tags,
        summary: 'A new version of a routine',
        params: routineParams,
        body: routineVersionBody,
        response: { 201: agreement },
      },
    },
    async (request, reply) =>
      reply
        .status(201)
        .send(
          await addRoutineVersion(
            db,
            callerOf(request),
            request.params.id,
            request.params.routineId,
            request.body,
          ),
        ),
  );

  r.post(
    '/api/agreements/:id/revisions',
    {
      schema: {
        tags,
        summary: 'Records a revision of the agreement, with new dates if any',
        params: idParams,
        body: reviseAgreementBody,
        response: { 201: agreement },
      },
    },
    async (request, reply) =>
      reply
        .status(201)
        .send(await reviseAgreement(db, callerOf(request), request.params.id, request.body)),
  );

  r.post(
    '/api/agreements/:id/follow-ups',
    {
      schema: {
        tags,
        summary: 'Starts the year’s follow-up: seed 001’s checklist, unassessed',
        params: idParams,
        body: startFollowUpBody,
        response: { 201: followUp },
      },
    },
    async (request, reply) =>
      reply
        .status(201)
        .send(await startFollowUp(db, callerOf(request), request.params.id, request.body)),
  );
}
