import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import {
  createInterventionBody,
  endInterventionBody,
  idParams,
  interventionRecord,
  listOf,
} from '@vardflata/contracts';
import { callerOf } from '../../auth/auth.plugin.ts';
import type { Db } from '../../db/database.ts';
import { endIntervention } from './use-cases/end.ts';
import { listInterventions } from './use-cases/list-interventions.ts';
import { readIntervention } from './use-cases/read-intervention.ts';
import { recordIntervention } from './use-cases/record.ts';

/** Interventions (insatser, F5) as records of their own. */
export function interventionsRoutes(app: FastifyInstance, db: Db) {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const tags = ['interventions'];

  r.post(
    '/api/persons/:id/interventions',
    {
      schema: {
        tags,
        summary: 'Record an intervention the caller’s organisation answers for',
        params: idParams,
        body: createInterventionBody,
        response: { 201: interventionRecord },
      },
    },
    async (request, reply) =>
      reply
        .status(201)
        .send(await recordIntervention(db, callerOf(request), request.params.id, request.body)),
  );

  r.get(
    '/api/persons/:id/interventions',
    {
      schema: {
        tags,
        summary: 'The person’s interventions the caller may see',
        params: idParams,
        response: { 200: listOf(interventionRecord) },
      },
    },
    async (request) => ({
      items: await listInterventions(db, callerOf(request), request.params.id),
    }),
  );

  r.get(
    '/api/interventions/:id',
    { schema: { tags, params: idParams, response: { 200: interventionRecord } } },
    async (request) => readIntervention(db, callerOf(request), request.params.id),
  );

  r.post(
    '/api/interventions/:id/end',
    {
      schema: {
        tags,
        summary: 'End the intervention with its outcome',
        params: idParams,
        body: endInterventionBody,
        response: { 200: interventionRecord },
      },
    },
    async (request) => endIntervention(db, callerOf(request), request.params.id, request.body),
  );
}
