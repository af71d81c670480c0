import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { verifyAccessLog } from '../audit/verify.ts';
import { formatPath } from '../http/problem.ts';
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
  oneOf?: Schema[];
  format?: string;
  pattern?: string;
  minimum?: number;
  /** A record's values (z.record). */
  additionalProperties?: Schema | boolean;
}

interface Parameter {
  in: 'path' | 'query' | 'header' | 'cookie';
  name: string;
  schema: Schema;
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

const typeOf = (schema: Schema) =>
  Array.isArray(schema.type) ? schema.type.find((t) => t !== 'null') : schema.type;

/** A value that fits the schema, so the mutations below are near-misses, not noise. */
/** Strings that fit the patterns the API uses for tokens and codes. */
const WELL_FORMED = ['text', 'x'.repeat(32), '123456', 'sv'];

/**
 * The fields a 400 names: problem details' `errors`, or on the FHIR routes an OperationOutcome's
 * issues (FHIR answers errors in its own shape, with the field in `expression`).
 */
function namedErrors(body: unknown): { path?: unknown; message?: unknown }[] | null {
  const b = body as {
    errors?: unknown;
    resourceType?: string;
    issue?: { expression?: unknown[]; diagnostics?: unknown }[];
  } | null;
  if (Array.isArray(b?.errors)) return b.errors;
  if (b?.resourceType === 'OperationOutcome' && Array.isArray(b.issue))
    return b.issue.flatMap((i) =>
      (i.expression ?? []).map((path) => ({ path, message: i.diagnostics })),
    );
  return null;
}

function sample(schema: Schema | undefined, depth = 0): unknown {
  if (!schema || depth > 4) return null;
  if (schema.enum) return pick(schema.enum);
  if (schema.anyOf) return sample(pick(schema.anyOf), depth + 1);
  if (schema.oneOf) return sample(pick(schema.oneOf), depth + 1);
  const type = typeOf(schema);
  switch (type) {
    case 'object':
      return Object.fromEntries(
        Object.entries(schema.properties ?? {}).map(([k, v]) => [k, sample(v, depth + 1)]),
      );
    case 'array':
      return [sample(schema.items, depth + 1)];
    case 'integer':
      // Within the schema's lower bound, so a probe of another field is not refused for this
      // one (a version path parameter starts at 1).
      return Math.max(schema.minimum ?? 0, 0) + Math.floor(random() * 5);
    case 'number':
      return random() * 10;
    case 'boolean':
      return random() > 0.5;
    case 'string':
      // Ids in either letter case: the server must treat both alike (security fault 1).
      if (schema.format === 'uuid')
        return random() > 0.5 ? crypto.randomUUID() : crypto.randomUUID().toUpperCase();
      if (schema.format === 'date') return '2026-01-15';
      if (schema.format === 'date-time') return '2026-01-15T10:00:00.000Z';
      // A token or code with a pattern: a well-formed one, so the probe reaches the body.
      if (schema.pattern) {
        const pattern = new RegExp(schema.pattern);
        return WELL_FORMED.find((v) => pattern.test(v)) ?? 'text';
      }
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
let operations: { method: string; path: string; body?: Schema; parameters: Parameter[] }[] = [];
const clients: TestClient[] = [];

beforeAll(async () => {
  t = await startTestApp();
  const doc = (await t.client().get('/api/docs/json')).body as {
    paths: Record<
      string,
      Record<
        string,
        {
          requestBody?: { content: Record<string, { schema: Schema }> };
          parameters?: Parameter[];
        }
      >
    >;
  };
  operations = Object.entries(doc.paths).flatMap(([path, ops]) =>
    Object.entries(ops).map(([method, op]) => ({
      method: method.toUpperCase(),
      path,
      body: op.requestBody?.content['application/json']?.schema,
      parameters: op.parameters ?? [],
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
          !namedErrors(res.body)?.every(
            (e) => typeof e.path === 'string' && typeof e.message === 'string',
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

/*
 * Crafted inputs (security fault 6): JSON nested thousands of levels deep, integers beyond a
 * PostgreSQL integer, and dates in year 0 — each sent to every operation that can take one.
 * Every one must be a 400 that names the field, never a 500.
 */
const OUT_OF_RANGE = [2 ** 31, -(2 ** 31) - 1];
const YEAR_ZERO: Record<string, string> = {
  date: '0000-01-01',
  'date-time': '0000-01-01T00:00:00Z',
};

function nested(levels: number): unknown {
  let v: unknown = 1;
  for (let i = 0; i < levels; i++) v = i % 2 ? [v] : { a: v };
  return v;
}

interface Leaf {
  path: (string | number)[];
  kind: 'integer' | 'date' | 'date-time';
  /** A body that fits the schema except for `bad` at `path`. */
  build: (bad: unknown) => unknown;
}

/** Every integer and date field under `schema`, through objects, arrays and alternatives. */
function leaves(schema: Schema | undefined, path: (string | number)[] = [], depth = 0): Leaf[] {
  if (!schema || depth > 10) return [];
  const alternatives = schema.anyOf ?? schema.oneOf;
  if (alternatives) return alternatives.flatMap((a) => leaves(a, path, depth + 1));
  const type = typeOf(schema);
  if (type === 'integer') return [{ path, kind: 'integer', build: (bad) => bad }];
  if (type === 'string' && (schema.format === 'date' || schema.format === 'date-time'))
    return [{ path, kind: schema.format, build: (bad) => bad }];
  if (type === 'array')
    return leaves(schema.items, [...path, 0], depth + 1).map((l) => ({
      ...l,
      build: (bad) => [l.build(bad)],
    }));
  if (type === 'object')
    return Object.entries({
      ...schema.properties,
      // A record (z.record): any key, here `x`, holds the value schema.
      ...(typeof schema.additionalProperties === 'object'
        ? { x: schema.additionalProperties }
        : {}),
    }).flatMap(([key, property]) =>
      leaves(property, [...path, key], depth + 1).map((l) => ({
        ...l,
        build: (bad) => ({ ...(sample(schema) as object), [key]: l.build(bad) }),
      })),
    );
  return [];
}

const badValuesFor = (kind: Leaf['kind']): unknown[] =>
  kind === 'integer' ? OUT_OF_RANGE : [YEAR_ZERO[kind]];

describe('crafted inputs on every operation', () => {
  interface Probe {
    what: string;
    method: string;
    url: string;
    body?: unknown;
    field: string;
    publicRoute: boolean;
  }

  function probes(): Probe[] {
    const out: Probe[] = [];
    for (const op of operations) {
      const publicRoute = ['/api/auth/login', '/api/health', '/api/docs'].some((p) =>
        op.path.startsWith(p),
      );
      const pathParams = op.parameters.filter((p) => p.in === 'path');
      const url = (override: Record<string, string> = {}) =>
        op.path.replace(/\{(\w+)\}/g, (_, name: string) => {
          if (name in override) return encodeURIComponent(override[name]!);
          const schema = pathParams.find((p) => p.name === name)?.schema;
          return encodeURIComponent(String(sample(schema) ?? crypto.randomUUID()));
        });
      const base = { method: op.method, publicRoute };
      for (const param of pathParams.filter((p) => typeOf(p.schema) === 'integer')) {
        for (const bad of OUT_OF_RANGE) {
          out.push({
            ...base,
            what: `path ${param.name}=${bad}`,
            url: url({ [param.name]: String(bad) }),
            body: op.body ? sample(op.body) : undefined,
            field: param.name,
          });
        }
      }
      for (const param of op.parameters.filter((p) => p.in === 'query')) {
        const kind = typeOf(param.schema) === 'integer' ? 'integer' : param.schema.format;
        if (kind !== 'integer' && kind !== 'date' && kind !== 'date-time') continue;
        for (const bad of badValuesFor(kind)) {
          out.push({
            ...base,
            what: `query ${param.name}=${String(bad)}`,
            url: `${url()}?${param.name}=${encodeURIComponent(String(bad))}`,
            body: op.body ? sample(op.body) : undefined,
            field: param.name,
          });
        }
      }
      for (const leaf of leaves(op.body)) {
        for (const bad of badValuesFor(leaf.kind)) {
          out.push({
            ...base,
            what: `body ${formatPath(leaf.path) || 'body'}=${String(bad)}`,
            url: url(),
            body: leaf.build(bad),
            field: formatPath(leaf.path) || 'body',
          });
        }
      }
      if (op.method !== 'GET') {
        const key = Object.keys(op.body?.properties ?? {})[0] ?? 'nested';
        out.push({
          ...base,
          what: `body ${key} nested 2 500 levels deep`,
          url: url(),
          body: { [key]: nested(2500) },
          field: key,
        });
      }
    }
    return out;
  }

  it('reaches integers, dates and bodies all over the API', () => {
    const all = probes();
    const what = all.map((p) => p.what);
    expect(what.filter((w) => w.includes('nested')).length).toBeGreaterThan(20);
    expect(what.filter((w) => w.startsWith('path ')).length).toBeGreaterThan(0);
    expect(what.filter((w) => w.includes('0000-01-01')).length).toBeGreaterThan(10);
    expect(what.filter((w) => w.includes('2147483648')).length).toBeGreaterThan(10);
    expect(all.some((p) => p.url === '/api/auth/login')).toBe(true);
  });

  it('answers every one with 400 naming the field, even before sign-in', async () => {
    const [erik] = clients;
    const failures: string[] = [];
    for (const probe of probes()) {
      // Own-session routes (sign-out, second factor) get a session of their own, so a probe
      // that got through could not end or change the session the other probes use.
      const ownSession = /^\/api\/(auth|me)\//.test(probe.url);
      const client = probe.publicRoute
        ? t.client()
        : ownSession
          ? await t.signIn('sara.samordnare')
          : erik!;
      const res = await client.request(probe.method as 'GET', probe.url, probe.body);
      const named =
        res.status === 400 && (namedErrors(res.body) ?? []).some((e) => e.path === probe.field);
      if (!named) {
        failures.push(
          `${probe.method} ${probe.url} (${probe.what}) → ${res.status} ${JSON.stringify(res.body?.errors ?? res.body)?.slice(0, 300)}`,
        );
      }
    }
    expect(failures).toEqual([]);
  });

  it('refuses a deeply nested body on sign-in with a 400, not a stack overflow', async () => {
    const res = await t.client().post('/api/auth/login', {
      username: nested(2500),
      password: 'x',
    });
    expect(res.status).toBe(400);
    expect(res.body.errors).toEqual([
      { path: 'username', message: 'must not nest deeper than 32 levels' },
    ]);
  });

  it('refuses a version beyond a PostgreSQL integer in the path with a 400 naming it', async () => {
    const [erik] = clients;
    const res = await erik!.get(`/api/sips/${crypto.randomUUID()}/versions/2147483648`);
    expect(res.status).toBe(400);
    expect(res.body.errors).toEqual([expect.objectContaining({ path: 'version' })]);
  });

  it('refuses year-0 dates in the query and in bodies with a 400 naming them', async () => {
    const maja = clients[2]!;
    const query = await maja.get('/api/access-log?from=0000-01-01');
    expect(query.status).toBe(400);
    expect(query.body.errors).toEqual([expect.objectContaining({ path: 'from' })]);
    const erik = clients[0]!;
    const found = await erik.get('/api/persons?q=Lindqvist');
    const body = await erik.post(`/api/persons/${found.body.items[0].id}/screenings`, {
      instrument: 'AUDIT',
      answers: [0, 0, 0, 0, 0, 0, 0, 0, 0, 0],
      performedAt: '0000-01-01',
    });
    expect(body.status).toBe(400);
    expect(body.body.errors).toEqual([expect.objectContaining({ path: 'performedAt' })]);
  });

  it('leaves the access log intact', async () => {
    expect((await verifyAccessLog(t.db)).broken).toEqual([]);
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
