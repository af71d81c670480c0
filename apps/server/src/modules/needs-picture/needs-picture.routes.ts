import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { needsPicture, needsPictureQuery, type NeedsPictureQuery } from '@vardflata/contracts';
import { callerOf } from '../../auth/auth.plugin.ts';
import type { Db } from '../../db/database.ts';
import type { TestPersonsRule } from '../indicators/repositories/indicator-source.repository.ts';
import { needsPictureCsv, needsPictureXlsx } from './needs-picture.exports.ts';
import { requireNeedsPictureReader } from './needs-picture.policy.ts';
import { readNeedsPicture } from './use-cases/read-needs-picture.ts';

const tags = ['indicators'];

export function needsPictureRoutes(app: FastifyInstance, db: Db, rule: TestPersonsRule) {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const fileName = (q: NeedsPictureQuery, ext: string) =>
    `${q.lang === 'sv' ? 'behovsbild' : 'needs-picture'}-${q.principal}-${q.from}-${q.to}.${ext}`;

  r.get(
    '/api/needs-picture',
    {
      schema: {
        tags,
        summary: 'The needs picture (behovsbild) of the target group, per principal or jointly',
        description:
          'Analysts only; counts of persons, never a person. Counts from 1 to 4 are suppressed, ' +
          'and the next cell of a sex or age split. A figure no record holds has value null ' +
          'and available false.',
        querystring: needsPictureQuery,
        response: { 200: needsPicture },
      },
    },
    async (request) => {
      requireNeedsPictureReader(callerOf(request));
      return readNeedsPicture(db, request.query, rule);
    },
  );

  r.get(
    '/api/needs-picture.csv',
    {
      schema: {
        tags,
        summary: 'The needs picture as CSV: one row per period and figure',
        querystring: needsPictureQuery,
      },
    },
    async (request, reply) => {
      requireNeedsPictureReader(callerOf(request));
      const q = request.query;
      return reply
        .type('text/csv; charset=utf-8')
        .header('content-disposition', `attachment; filename="${fileName(q, 'csv')}"`)
        .send(needsPictureCsv(await readNeedsPicture(db, q, rule), q.lang));
    },
  );

  r.get(
    '/api/needs-picture.xlsx',
    {
      schema: {
        tags,
        summary: 'The needs picture as an XLSX workbook (range, trend, definitions)',
        querystring: needsPictureQuery,
      },
    },
    async (request, reply) => {
      requireNeedsPictureReader(callerOf(request));
      const q = request.query;
      return reply
        .type('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet')
        .header('content-disposition', `attachment; filename="${fileName(q, 'xlsx')}"`)
        .send(await needsPictureXlsx(await readNeedsPicture(db, q, rule), q.lang));
    },
  );
}
