import type { FastifyInstance } from 'fastify';
import { badRequest } from './problem.ts';

/**
 * How deep a JSON body may nest. The deepest legitimate body (a SIP plan: plan → interventions →
 * item → goalIds → id) is five levels; 32 leaves room and stops bodies built to exhaust the stack
 * of whatever walks them (security fault 6: 2 500 levels overflowed the NUL check).
 */
export const MAX_JSON_DEPTH = 32;

/**
 * The first top-level field (or `body`) under which `value` nests deeper than `limit`, or null.
 * Iterative, with an explicit stack, so the check itself cannot overflow.
 */
export function tooDeepAt(value: unknown, limit = MAX_JSON_DEPTH): string | null {
  const stack: { value: unknown; depth: number; field: string }[] = [
    { value, depth: 0, field: 'body' },
  ];
  while (stack.length > 0) {
    const { value: v, depth, field } = stack.pop()!;
    if (v === null || typeof v !== 'object') continue;
    if (depth >= limit) return field;
    const entries = Array.isArray(v) ? v.map((x, i) => [`[${i}]`, x] as const) : Object.entries(v);
    for (const [key, child] of entries) {
      // Name the top-level field the nesting goes down from.
      stack.push({ value: child, depth: depth + 1, field: depth === 0 ? key : field });
    }
  }
  return null;
}

/**
 * Fastify's own JSON parser (with its prototype-poisoning protection), followed by the depth
 * limit, for every route: a body nested too deep is refused with a 400 naming the field before
 * any hook, validator or handler walks it — also on the sign-in route, before any session.
 */
export function registerJsonBody(app: FastifyInstance): void {
  const parse = app.getDefaultJsonParser('error', 'error');
  app.removeContentTypeParser('application/json');
  app.addContentTypeParser('application/json', { parseAs: 'string' }, (request, body, done) => {
    parse(request, body as string, (error, value) => {
      if (error) {
        done(error, undefined);
        return;
      }
      const field = tooDeepAt(value);
      if (field !== null) {
        done(
          badRequest(
            [{ path: field, message: `must not nest deeper than ${MAX_JSON_DEPTH} levels` }],
            'The request body nests too deep.',
          ),
          undefined,
        );
        return;
      }
      done(null, value);
    });
  });
}
