import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import {
  indicatorGrid,
  indicatorGridQuery,
  indicatorsAnswer,
  indicatorsQuery,
  indicatorTrend,
  indicatorTrendQuery,
  type IndicatorsQuery,
} from '@vardflata/contracts';
import { callerOf } from '../../auth/auth.plugin.ts';
import type { Db } from '../../db/database.ts';
import type { TestPersonsRule } from './repositories/indicator-source.repository.ts';
import { requireIndicatorReader } from './indicators.policy.ts';
import { indicatorsCsv, indicatorsXlsx } from './indicators.exports.ts';
import { renderIndicatorsPdf } from './indicators.pdf.ts';
import { pickedScopeName } from './indicators.presenter.ts';
import { IndicatorCache } from './use-cases/indicator-cache.shared.ts';
import { readIndicators } from './use-cases/read-indicators.ts';
import { readTrend } from './use-cases/read-trend.ts';
import { scopeOf } from './use-cases/scope.shared.ts';

const tags = ['indicators'];

export function indicatorsRoutes(
  app: FastifyInstance,
  db: Db,
  rule: TestPersonsRule,
  cache = new IndicatorCache(db, rule),
) {
  const r = app.withTypeProvider<ZodTypeProvider>();

  r.get(
    '/api/indicators',
    {
      schema: {
        tags,
        summary:
          'Follow-up indicators of a period for the county, an organisation, an integrated ' +
          'reception or a unit',
        description:
          'Aggregates only. Counts from 1 to 4 are suppressed (value null, suppressed true), and ' +
          'more cells where a hidden one could be computed from totals. Indicators whose records ' +
          'are not built yet have value null and available false.',
        querystring: indicatorsQuery,
        response: { 200: indicatorsAnswer },
      },
    },
    async (request) => {
      requireIndicatorReader(callerOf(request));
      return readIndicators(cache, request.query);
    },
  );

  r.get(
    '/api/indicators/grid',
    {
      schema: {
        tags,
        summary:
          'Every scope of the county (county, organisations, integrated receptions, units) for ' +
          'one period',
        querystring: indicatorGridQuery,
        response: { 200: indicatorGrid },
      },
    },
    async (request) => {
      requireIndicatorReader(callerOf(request));
      return cache.grid(request.query);
    },
  );

  r.get(
    '/api/indicators/trend',
    {
      schema: {
        tags,
        summary: 'The indicators of one scope per month, quarter or year',
        querystring: indicatorTrendQuery,
        response: { 200: indicatorTrend },
      },
    },
    async (request) => {
      requireIndicatorReader(callerOf(request));
      return readTrend(cache, request.query);
    },
  );

  // The exports: the same grid, the same suppression, as files.
  const exportOf = async (q: IndicatorsQuery) => {
    const grid = await cache.grid({ from: q.from, to: q.to });
    return { grid, values: scopeOf(grid, q), scope: pickedScopeName(grid, q, q.lang) };
  };
  const kindOf = (q: IndicatorsQuery) =>
    q.unitId ? 'unit' : q.receptionId ? 'reception' : q.organisationId ? 'organisation' : 'county';
  const fileName = (q: IndicatorsQuery, ext: string) =>
    `${q.lang === 'sv' ? 'uppfoljning' : 'follow-up'}-${q.from}-${q.to}.${ext}`;

  r.get(
    '/api/indicators.csv',
    {
      schema: {
        tags,
        summary: 'The figures of /api/indicators as CSV (header row with code and value)',
        querystring: indicatorsQuery,
      },
    },
    async (request, reply) => {
      requireIndicatorReader(callerOf(request));
      const q = request.query;
      const { grid, values, scope } = await exportOf(q);
      return reply
        .type('text/csv; charset=utf-8')
        .header('content-disposition', `attachment; filename="${fileName(q, 'csv')}"`)
        .send(
          indicatorsCsv(
            values,
            {
              from: q.from,
              to: q.to,
              scope,
              scopeKind: kindOf(q),
              computedAt: grid.computedAt,
              includesTestData: grid.includesTestData,
            },
            q.lang,
          ),
        );
    },
  );

  r.get(
    '/api/indicators.xlsx',
    {
      schema: {
        tags,
        summary: 'The figures as an XLSX workbook, one sheet per breakdown',
        querystring: indicatorsQuery,
      },
    },
    async (request, reply) => {
      requireIndicatorReader(callerOf(request));
      const q = request.query;
      const { grid, values, scope } = await exportOf(q);
      return reply
        .type('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet')
        .header('content-disposition', `attachment; filename="${fileName(q, 'xlsx')}"`)
        .send(await indicatorsXlsx(grid, values, scope, q.lang));
    },
  );

  r.get(
    '/api/indicators/report.pdf',
    {
      schema: {
        tags,
        summary: 'The follow-up report of a period as PDF',
        querystring: indicatorsQuery,
      },
    },
    async (request, reply) => {
      requireIndicatorReader(callerOf(request));
      const q = request.query;
      const { grid, values, scope } = await exportOf(q);
      return reply
        .type('application/pdf')
        .header('content-disposition', `inline; filename="${fileName(q, 'pdf')}"`)
        .send(await renderIndicatorsPdf(grid, values, scope, q.lang));
    },
  );
}
