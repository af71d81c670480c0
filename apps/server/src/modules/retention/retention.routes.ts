import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import {
  idParams,
  legalHold,
  legalHoldBody,
  listOf,
  retentionAsOfQuery,
  retentionReportOut,
  retentionRunBody,
  retentionRunOut,
  retentionRunQueued,
} from '@vardflata/contracts';
import { requirePermission } from '../../access/permissions.ts';
import { appendAccessLog } from '../../audit/access-log.ts';
import { callerOf } from '../../auth/auth.plugin.ts';
import type { Config } from '../../config.ts';
import type { Db } from '../../db/database.ts';
import { enqueueJob } from '../../jobs/queue.ts';
import { todayInStockholm, toIso } from '../../util/time.ts';
import { listRuns, recordRun } from './repositories/retention.repository.ts';
import { placeLegalHold } from './use-cases/place-legal-hold.ts';
import { releaseLegalHold } from './use-cases/release-legal-hold.ts';
import { retentionReport } from './use-cases/report.ts';
import { checkAsOf } from './retention.rules.ts';
import { RETENTION_JOB } from './retention.jobs.ts';

/** Retention (gallring, P7; decision 0018-d). */
export function retentionRoutes(app: FastifyInstance, db: Db, config: Config) {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const tags = ['retention'];

  r.get(
    '/api/retention/report',
    { schema: { tags, querystring: retentionAsOfQuery, response: { 200: retentionReportOut } } },
    async (request) => {
      const caller = callerOf(request);
      requirePermission(caller, 'retention:manage');
      const today = todayInStockholm();
      const asOf = request.query.asOf ?? today;
      checkAsOf(asOf, today);
      return db.transaction().execute(async (trx) => {
        const report = await retentionReport(trx, asOf);
        await recordRun(trx, { asOf, dryRun: true, startedBy: caller.staffId, report });
        await appendAccessLog(trx, caller, [
          {
            personId: null,
            action: 'retention.report',
            ground: 'administration',
            outcome: 'allowed',
          },
        ]);
        return report;
      });
    },
  );

  r.post(
    '/api/retention/runs',
    { schema: { tags, body: retentionRunBody, response: { 202: retentionRunQueued } } },
    async (request, reply) => {
      const caller = callerOf(request);
      requirePermission(caller, 'retention:manage');
      const today = todayInStockholm();
      const asOf = request.body?.asOf ?? today;
      checkAsOf(asOf, today);
      await db.transaction().execute(async (trx) => {
        await enqueueJob(trx, {
          kind: RETENTION_JOB,
          runAt: new Date(),
          payload: { asOf, checkpointDir: config.logCheckpointDir, startedBy: caller.staffId },
          maxAttempts: 3,
        });
        await appendAccessLog(trx, caller, [
          { personId: null, action: 'retention.run', ground: 'administration', outcome: 'allowed' },
        ]);
      });
      return reply.status(202).send({ queued: true as const, asOf });
    },
  );

  r.get(
    '/api/retention/runs',
    { schema: { tags, response: { 200: listOf(retentionRunOut) } } },
    async (request) => {
      requirePermission(callerOf(request), 'retention:manage');
      const runs = await listRuns(db);
      return {
        items: runs.map((run) => ({
          id: run.id,
          asOf: run.as_of,
          dryRun: run.dry_run,
          ranAt: toIso(run.ran_at),
          report: run.report,
        })),
      };
    },
  );

  r.post(
    '/api/persons/:id/legal-hold',
    { schema: { tags, params: idParams, body: legalHoldBody, response: { 201: legalHold } } },
    async (request, reply) =>
      reply
        .status(201)
        .send(await placeLegalHold(db, callerOf(request), request.params.id, request.body.reason)),
  );

  r.post(
    '/api/persons/:id/legal-hold/release',
    { schema: { tags, params: idParams, response: { 200: legalHold } } },
    async (request) => releaseLegalHold(db, callerOf(request), request.params.id),
  );
}
