import type { FastifyInstance } from 'fastify';
import { badRequest, formatPath, type FieldError } from './problem.ts';

/** Paths of every string under `value` that holds a NUL character. */
function nulPaths(value: unknown, path: (string | number)[], out: FieldError[]): void {
  if (typeof value === 'string') {
    if (value.includes('\u0000')) {
      out.push({ path: formatPath(path) || 'body', message: 'must not contain the NUL character' });
    }
  } else if (Array.isArray(value)) {
    value.forEach((v, i) => nulPaths(v, [...path, i], out));
  } else if (value && typeof value === 'object') {
    for (const [k, v] of Object.entries(value)) nulPaths(v, [...path, k], out);
  }
}

/**
 * PostgreSQL text cannot hold a NUL character, so any input with one is refused up front with
 * a 400 naming the field, for every route, instead of failing deep in a query.
 */
export function registerRejectNul(app: FastifyInstance): void {
  app.addHook('preValidation', async (request) => {
    const errors: FieldError[] = [];
    nulPaths(request.params, [], errors);
    nulPaths(request.query, [], errors);
    nulPaths(request.body, [], errors);
    if (errors.length > 0) throw badRequest(errors);
  });
}
