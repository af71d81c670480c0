import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import {
  listOf,
  publicServiceEntry,
  publicServices,
  publicServicesQuery,
  publicServiceTextBody,
  publicServiceTextParams,
} from '@vardflata/contracts';
import { callerOf } from '../../auth/auth.plugin.ts';
import type { Db } from '../../db/database.ts';
import { listEntries } from './use-cases/list-entries.ts';
import { publicDirectory } from './use-cases/public-directory.ts';
import { writeText } from './use-cases/write-text.ts';

/** The public service directory (F17): read by anyone, written by staff per language. */
export function publicServicesRoutes(app: FastifyInstance, db: Db) {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const tags = ['public services'];

  r.get(
    '/api/public/services',
    {
      config: { access: 'public' },
      schema: {
        tags,
        summary: 'Where and how to get help; no sign-in (sv, en, ar right to left, fi, so)',
        querystring: publicServicesQuery,
        response: { 200: publicServices },
      },
    },
    async (request, reply) => {
      reply.header('cache-control', 'public, max-age=300');
      return publicDirectory(db, request.query.lang);
    },
  );

  r.get(
    '/api/public-services',
    {
      schema: {
        tags,
        summary: 'The directory’s entries with every language, for staff to edit',
        response: { 200: listOf(publicServiceEntry) },
      },
    },
    async (request) => ({ items: await listEntries(db, callerOf(request)) }),
  );

  r.put(
    '/api/public-services/:id/texts/:lang',
    {
      schema: {
        tags,
        summary: 'Writes a service’s text in one language',
        params: publicServiceTextParams,
        body: publicServiceTextBody,
        response: { 200: publicServiceEntry },
      },
    },
    async (request) =>
      writeText(db, callerOf(request), request.params.id, request.params.lang, request.body),
  );
}
