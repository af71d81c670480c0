import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { verifyAccessLog } from '../audit/verify.ts';
import { startTestApp, type TestApp, type TestClient } from './harness.ts';

/**
 * Requests generated from the OpenAPI document (security.md): every operation, with malformed
 * parameters and bodies, as users of several roles. The server must never answer 5xx, every
 * 400 must name what is wrong, and the access log must still verify afterwards.
 */

interface Schema {
  type?: string | string[];
  properties?: Record<string, Schema>;
  required?: string[];
  items?: Schema;
  enum?: unknown[];
  anyOf?: Schema[];
  format?: string;
}

// A small deterministic generator, so a failure can be reproduced.
let seed = 20261124;
function random(): number {
  seed = (seed * 1103515245 + 12345) % 2 ** 31;
  return seed / 2 ** 31;
}
const pick = <T>(xs: readonly T[]): T => xs[Math.floor(random() * xs.length)]!;

const NASTY: unknown[] = [
  null,
  '',
  ' ',
  'x'.repeat(5000),
  -1,
  1.5,
  2 ** 53,
  true,
  [],
  {},
  '00000000-0000-4000-8000-000000000000',
  "'; drop table person; --",
  '<script>alert(1)</script>',
  '19121212-1212',
  '2026-02-30',
  '\u0000',
];

/** A value that fits the schema, so the mutations below are near-misses, not noise. */
function sample(schema: Schema | undefined, depth = 0): unknown {
  if (!schema || depth > 4) return null;
  if (schema.enum) return pick(schema.enum);
  if (schema.anyOf) return sample(pick(schema.anyOf), depth + 1);
  const type = Array.isArray(schema.type) ? schema.type[0] : schema.type;
  switch (type) {
    case 'object':
      return Object.fromEntries(
        Object.entries(schema.properties ?? {}).map(([k, v]) => [k, sample(v, depth + 1)]),
      );
    case 'array':
      return [sample(schema.items, depth + 1)];
    case 'integer':
      return Math.floor(random() * 5);
    case 'number':
      return random() * 10;
    case 'boolean':
      return random() > 0.5;
    case 'string':
      if (schema.format === 'uuid') return crypto.randomUUID();
      if (schema.format === 'date') return '2026-01-15';
      return 'text';
    default:
      return null;
  }
}

/** One mutation of a valid body: a field dropped, retyped, nulled, or an extra one added. */
function mutate(body: unknown): unknown {
  if (typeof body !== 'object' || body === null || Array.isArray(body)) return pick(NASTY);
  const copy: Record<string, unknown> = { ...(body as Record<string, unknown>) };
  const keys = Object.keys(copy);
  const key = keys.length ? pick(keys) : 'extra';
  switch (Math.floor(random() * 4)) {
    case 0:
      delete copy[key];
      break;
    case 1:
      copy[key] = pick(NASTY);
      break;
    case 2:
      copy[key] = mutate(copy[key]);
      break;
    default:
      copy.__proto__polluted = { admin: true };
  }
  return copy;
}

let t: TestApp;
let operations: { method: string; path: string; body?: Schema }[] = [];
const clients: TestClient[] = [];

beforeAll(async () => {
  t = await startTestApp();
  const doc = (await t.client().get('/api/docs/json')).body as {
    paths: Record<
      string,
      Record<string, { requestBody?: { content: Record<string, { schema: Schema }> } }>
    >;
  };
  operations = Object.entries(doc.paths).flatMap(([path, ops]) =>
    Object.entries(ops).map(([method, op]) => ({
      method: method.toUpperCase(),
      path,
      body: op.requestBody?.content['application/json']?.schema,
    })),
  );
  for (const user of ['erik.socsek', 'anna.lakare', 'maja.chef', 'admin'])
    clients.push(await t.signIn(user));
});
afterAll(async () => t?.close());

describe('fuzzing from the OpenAPI document', () => {
  it('covers the API', () => {
    expect(operations.length).toBeGreaterThan(20);
  });

  it('answers no malformed request with a server error, and names what is wrong', async () => {
    const failures: string[] = [];
    const statuses: Record<number, number> = {};
    for (const op of operations) {
      // Sign-in routes are fuzzed anonymously: a signed-in client would replace its session.
      const anonymous = op.path.startsWith('/api/auth/');
      for (let round = 0; round < 12; round++) {
        const client = anonymous ? t.client() : pick(clients);
        const url = op.path.replace(/\{(\w+)\}/g, () =>
          encodeURIComponent(String(pick(NASTY.concat([crypto.randomUUID()])))),
        );
        const query =
          round % 3 === 0
            ? `?q=${encodeURIComponent(String(pick(NASTY)))}&limit=${String(pick(NASTY))}`
            : '';
        const body = op.body
          ? round % 4 === 0
            ? sample(op.body)
            : mutate(sample(op.body))
          : undefined;
        const res = await client.request(op.method as 'GET', url + query, body);
        statuses[res.status] = (statuses[res.status] ?? 0) + 1;
        if (res.status >= 500)
          failures.push(
            `${op.method} ${url}${query} → ${res.status} ${JSON.stringify(body)?.slice(0, 200)}`,
          );
        if (
          res.status === 400 &&
          !(
            Array.isArray(res.body?.errors) &&
            res.body.errors.every(
              (e: { path?: unknown; message?: unknown }) =>
                typeof e.path === 'string' && typeof e.message === 'string',
            )
          )
        ) {
          failures.push(
            `${op.method} ${url} → 400 without named errors: ${JSON.stringify(res.body)}`,
          );
        }
      }
    }
    // Most requests must get past sign-in, or the fuzzing says nothing about the routes.
    const answered = Object.values(statuses).reduce((a, b) => a + b, 0);
    expect(statuses[401] ?? 0).toBeLessThan(answered / 4);
    expect(failures).toEqual([]);
  });

  it('leaves the access log intact', async () => {
    expect((await verifyAccessLog(t.db)).ok).toBe(true);
  });
});

describe('the NUL character', () => {
  it('is refused with 400 naming the field, in the query and in the body', async () => {
    const [erik] = clients;
    const search = await erik!.get('/api/staff/directory?q=%00');
    expect(search.status).toBe(400);
    expect(search.body.errors).toEqual([
      { path: 'q', message: 'must not contain the NUL character' },
    ]);
    const body = await erik!.post('/api/persons', {
      personalIdentityNumber: '191212121212',
      givenName: 'A\u0000',
      familyName: 'B',
      sex: 'male',
    });
    expect(body.status).toBe(400);
    expect(body.body.errors[0].path).toBe('givenName');
  });
});
