import type { FastifyInstance } from 'fastify';
import { badRequest, formatPath, type FieldError } from './problem.ts';

/** A place in the input: its key and the place that holds it (shared, so never copied). */
interface Place {
  key: string | number;
  parent: Place | null;
}

function pathOf(place: Place | null): (string | number)[] {
  const path: (string | number)[] = [];
  for (let p = place; p; p = p.parent) path.push(p.key);
  return path.reverse();
}

/**
 * Paths of every string under `value` that holds a NUL character, in document order.
 * Iterative, with an explicit stack: the input decides how deep it goes, so recursion here
 * could overflow (security fault 6).
 */
export function nulPaths(value: unknown): FieldError[] {
  const out: FieldError[] = [];
  const stack: { value: unknown; place: Place | null }[] = [{ value, place: null }];
  while (stack.length > 0) {
    const { value: v, place } = stack.pop()!;
    if (typeof v === 'string') {
      if (v.includes('\u0000')) {
        out.push({
          path: formatPath(pathOf(place)) || 'body',
          message: 'must not contain the NUL character',
        });
      }
    } else if (v && typeof v === 'object') {
      const entries: [string | number, unknown][] = Array.isArray(v)
        ? v.map((x, i) => [i, x])
        : Object.entries(v);
      for (let i = entries.length - 1; i >= 0; i--) {
        const [key, child] = entries[i]!;
        stack.push({ value: child, place: { key, parent: place } });
      }
    }
  }
  return out;
}

/**
 * PostgreSQL text cannot hold a NUL character, so any input with one is refused up front with
 * a 400 naming the field, for every route, instead of failing deep in a query.
 */
export function registerRejectNul(app: FastifyInstance): void {
  app.addHook('preValidation', async (request) => {
    const errors = [
      ...nulPaths(request.params),
      ...nulPaths(request.query),
      ...nulPaths(request.body),
    ];
    if (errors.length > 0) throw badRequest(errors);
  });
}
