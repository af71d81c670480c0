import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { researchExtract, researchExtractBody } from '@vardflata/contracts';
import { callerOf } from '../../auth/auth.plugin.ts';
import type { Db } from '../../db/database.ts';
import { requireResearchAnalyst } from './research.policy.ts';
import { createResearchExtract } from './use-cases/create-research-extract.ts';

export function researchRoutes(app: FastifyInstance, db: Db) {
  app.withTypeProvider<ZodTypeProvider>().post(
    '/api/research/extracts',
    {
      schema: {
        tags: ['indicators'],
        summary: 'A pseudonymised research extract of a period (analysts)',
        description:
          'Keyed pseudonyms (HMAC under a server key, per project), age in bands, and a ' +
          'k-anonymity check: rows in a group of fewer than k are withheld. Every extract is ' +
          'recorded and logged.',
        body: researchExtractBody,
        response: { 201: researchExtract },
      },
    },
    async (request, reply) => {
      const caller = callerOf(request);
      requireResearchAnalyst(caller);
      return reply.code(201).send(await createResearchExtract(db, caller, request.body));
    },
  );
}
