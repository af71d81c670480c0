import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import {
  createCostKeyBody,
  createJointOperationBody,
  createPeriodBody,
  dailyRateBody,
  idParams,
  jointOperation,
  listOf,
  operationCostBody,
  populations,
  populationsQuery,
  setPopulationsBody,
  settlement,
  settlementPeriod,
} from '@vardflata/contracts';
import { callerOf } from '../../auth/auth.plugin.ts';
import type { Db } from '../../db/database.ts';
import { renderSettlementPdf } from './settlement.pdf.ts';
import { settlementXlsx } from './settlement.xlsx.ts';
import { createCostKey } from './use-cases/create-key.ts';
import { createJointOperation } from './use-cases/create-operation.ts';
import { createPeriod } from './use-cases/create-period.ts';
import { listJointOperations } from './use-cases/list-operations.ts';
import { listPeriods } from './use-cases/list-periods.ts';
import { readPopulations } from './use-cases/read-populations.ts';
import { readSettlement } from './use-cases/read-settlement.ts';
import { setDailyRate } from './use-cases/set-daily-rate.ts';
import { setOperationCost } from './use-cases/set-operation-cost.ts';
import { setPopulations } from './use-cases/set-populations.ts';
import { settlePeriod } from './use-cases/settle-period.ts';

const langQuery = z.object({ lang: z.enum(['sv', 'en']).default('sv') });

/** Joint financing (F18, decision 0019-e): keys, populations, periods, costs, the avräkning. */
export function jointFinancingRoutes(app: FastifyInstance, db: Db) {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const tags = ['joint-financing'];
  const base = '/api/joint-financing';

  r.get(
    `${base}/operations`,
    { schema: { tags, response: { 200: listOf(jointOperation) } } },
    async (request) => ({ items: await listJointOperations(db, callerOf(request)) }),
  );
  r.post(
    `${base}/operations`,
    { schema: { tags, body: createJointOperationBody, response: { 201: jointOperation } } },
    async (request, reply) =>
      reply.status(201).send(await createJointOperation(db, callerOf(request), request.body)),
  );
  r.post(
    `${base}/operations/:id/keys`,
    {
      schema: {
        tags,
        summary: 'A new version of the cost-sharing key (shares make exactly 100 %)',
        params: idParams,
        body: createCostKeyBody,
        response: { 201: jointOperation },
      },
    },
    async (request, reply) =>
      reply
        .status(201)
        .send(await createCostKey(db, callerOf(request), request.params.id, request.body)),
  );
  r.put(
    `${base}/operations/:id/cost`,
    { schema: { tags, params: idParams, body: operationCostBody } },
    async (request, reply) => {
      await setOperationCost(db, callerOf(request), request.params.id, request.body);
      return reply.status(204).send();
    },
  );
  r.get(
    `${base}/populations`,
    { schema: { tags, querystring: populationsQuery, response: { 200: populations } } },
    (request) => readPopulations(db, callerOf(request), request.query.year),
  );
  r.put(
    `${base}/populations`,
    { schema: { tags, body: setPopulationsBody, response: { 200: populations } } },
    (request) => setPopulations(db, callerOf(request), request.body),
  );
  r.put(
    `${base}/placements/:id/daily-rate`,
    { schema: { tags, params: idParams, body: dailyRateBody } },
    async (request, reply) => {
      await setDailyRate(db, callerOf(request), request.params.id, request.body);
      return reply.status(204).send();
    },
  );
  r.get(
    `${base}/periods`,
    { schema: { tags, response: { 200: listOf(settlementPeriod) } } },
    async (request) => ({ items: await listPeriods(db, callerOf(request)) }),
  );
  r.post(
    `${base}/periods`,
    { schema: { tags, body: createPeriodBody, response: { 201: settlementPeriod } } },
    async (request, reply) =>
      reply.status(201).send(await createPeriod(db, callerOf(request), request.body)),
  );
  r.post(
    `${base}/periods/:id/settle`,
    { schema: { tags, params: idParams, response: { 200: settlement } } },
    (request) => settlePeriod(db, callerOf(request), request.params.id),
  );
  r.get(
    `${base}/periods/:id/settlement`,
    { schema: { tags, params: idParams, response: { 200: settlement } } },
    (request) => readSettlement(db, callerOf(request), request.params.id),
  );
  r.get(
    `${base}/periods/:id/settlement.xlsx`,
    { schema: { tags, params: idParams, querystring: langQuery } },
    async (request, reply) => {
      const s = await readSettlement(db, callerOf(request), request.params.id, 'xlsx');
      return reply
        .type('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet')
        .header('content-disposition', `attachment; filename="avrakning-${s.period.startsOn}.xlsx"`)
        .send(await settlementXlsx(s, request.query.lang));
    },
  );
  r.get(
    `${base}/periods/:id/settlement.pdf`,
    { schema: { tags, params: idParams, querystring: langQuery } },
    async (request, reply) => {
      const s = await readSettlement(db, callerOf(request), request.params.id, 'pdf');
      return reply
        .type('application/pdf')
        .header('content-disposition', `inline; filename="avrakning-${s.period.startsOn}.pdf"`)
        .send(await renderSettlementPdf(s, request.query.lang));
    },
  );
}
