import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { careWorklist } from '@vardflata/contracts';
import { callerOf } from '../../auth/auth.plugin.ts';
import type { Db } from '../../db/database.ts';
import { getCareWorklist } from './care-worklist.service.ts';

export function careWorklistRoutes(app: FastifyInstance, db: Db) {
  app.withTypeProvider<ZodTypeProvider>().get(
    '/api/care-chain/worklist',
    {
      schema: {
        tags: ['worklist'],
        summary: 'What waits on the caller’s unit in the care chain (F6, F7)',
        description:
          'Interventions past their planned end without an outcome, referrals without an ' +
          'answer (svar ej mottaget) and incoming ones to answer, children-as-relatives ' +
          'questions not yet asked, LVM/LVU steps whose time limit is near.',
        response: { 200: careWorklist },
      },
    },
    async (request) => getCareWorklist(db, callerOf(request)),
  );
}
