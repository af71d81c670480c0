import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import {
  indicatorGrid,
  indicatorGridQuery,
  indicatorsAnswer,
  indicatorsQuery,
  indicatorTrend,
  indicatorTrendQuery,
} from '@vardflata/contracts';
import { callerOf } from '../../auth/auth.plugin.ts';
import type { Db } from '../../db/database.ts';
import { requireIndicatorReader } from './indicators.policy.ts';
import { IndicatorCache, readIndicators, readTrend } from './use-cases/read-indicators.ts';

const tags = ['indicators'];

export function indicatorsRoutes(app: FastifyInstance, db: Db, cache = new IndicatorCache(db)) {
  const r = app.withTypeProvider<ZodTypeProvider>();

  r.get(
    '/api/indicators',
    {
      schema: {
        tags,
        summary: 'Follow-up indicators of a period for the county, an organisation or a unit',
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
        summary: 'Every scope of the county (county, organisations, units) for one period',
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
}
