import { randomUUID } from 'node:crypto';
import os from 'node:os';
import path from 'node:path';
import fs from 'node:fs';
import type { FastifyInstance } from 'fastify';
import pg from 'pg';
import { buildApp } from '../app.ts';
import { loadConfig, type Config } from '../config.ts';
import { openDatabase, type Db, type DatabaseHandle } from '../db/database.ts';
import { migrateToLatest } from '../db/migrate.ts';
import { DEMO_PASSWORD, seedDemoCounty } from '../db/seed/demo-county.ts';

/**
 * A real server on a real, fresh database for one test file: the embedded PGlite in memory by
 * default, or a new database on the PostgreSQL server named by DATABASE_URL (dropped after).
 */
export interface TestApp {
  app: FastifyInstance;
  db: Db;
  config: Config;
  kind: 'pglite' | 'postgres';
  routes: { method: string; url: string; access: string }[];
  client(): TestClient;
  signIn(username: string, password?: string): Promise<TestClient>;
  close(): Promise<void>;
}

export interface TestResponse<T = any> {
  status: number;
  body: T;
  headers: Record<string, string | string[] | number | undefined>;
}

export class TestClient {
  cookie: string | undefined;
  csrfToken: string | undefined;
  constructor(private readonly app: FastifyInstance) {}

  async request<T = any>(
    method: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE',
    url: string,
    body?: unknown,
    options: { csrf?: boolean } = {},
  ): Promise<TestResponse<T>> {
    const headers: Record<string, string> = {};
    if (this.cookie) headers.cookie = this.cookie;
    if (method !== 'GET' && this.csrfToken && options.csrf !== false) {
      headers['x-csrf-token'] = this.csrfToken;
    }
    if (body !== undefined) headers['content-type'] = 'application/json';
    const res = await this.app.inject({
      method,
      url,
      headers,
      ...(body !== undefined ? { payload: JSON.stringify(body) } : {}),
    });
    const setCookie = res.cookies.find((c) => c.name === 'vf_session');
    if (setCookie) this.cookie = setCookie.value ? `vf_session=${setCookie.value}` : undefined;
    const text = res.body;
    let parsed: unknown = text;
    if (text && String(res.headers['content-type'] ?? '').includes('json'))
      parsed = JSON.parse(text);
    if (parsed && typeof parsed === 'object' && 'csrfToken' in parsed) {
      const token = (parsed as { csrfToken: unknown }).csrfToken;
      if (typeof token === 'string') this.csrfToken = token;
    }
    return { status: res.statusCode, body: parsed as T, headers: res.headers };
  }

  get = <T = any>(url: string) => this.request<T>('GET', url);
  post = <T = any>(url: string, body?: unknown, options?: { csrf?: boolean }) =>
    this.request<T>('POST', url, body, options);
  patch = <T = any>(url: string, body?: unknown) => this.request<T>('PATCH', url, body);
}

async function freshPostgresDatabase(
  url: string,
): Promise<{ url: string; drop: () => Promise<void> }> {
  const name = `vardflata_test_${randomUUID().replace(/-/g, '').slice(0, 16)}`;
  const admin = new pg.Client({ connectionString: url });
  await admin.connect();
  await admin.query(`create database ${name}`);
  await admin.end();
  const parsed = new URL(url);
  parsed.pathname = `/${name}`;
  return {
    url: parsed.toString(),
    drop: async () => {
      const c = new pg.Client({ connectionString: url });
      await c.connect();
      // pool.end() resolves before its connections close; wait so FORCE kills nothing mid-close.
      for (let i = 0; i < 100; i++) {
        const { rows } = await c.query<{ n: number }>(
          'select count(*)::int as n from pg_stat_activity where datname = $1',
          [name],
        );
        if (rows[0]?.n === 0) break;
        await new Promise((resolve) => setTimeout(resolve, 20));
      }
      await c.query(`drop database if exists ${name} with (force)`);
      await c.end();
    },
  };
}

export async function startTestApp(
  overrides: Partial<Config> = {},
  options: { seed?: boolean } = {},
): Promise<TestApp> {
  const baseUrl = process.env.DATABASE_URL;
  const pgDb = baseUrl ? await freshPostgresDatabase(baseUrl) : null;
  const checkpointDir = fs.mkdtempSync(path.join(os.tmpdir(), 'vf-checkpoints-'));
  const config: Config = {
    ...loadConfig({ LOG_LEVEL: 'silent', WEB_DIST_DIR: '/nonexistent' }),
    databaseUrl: pgDb?.url,
    logCheckpointDir: checkpointDir,
    jobPollMilliseconds: 0,
    // The mode's rule for test persons in follow-up, unless a test sets it (0020-d).
    includeTestData: !(overrides.productionMode ?? false),
    ...overrides,
  };
  const handle: DatabaseHandle = await openDatabase({
    databaseUrl: pgDb?.url,
    dataDir: 'memory://',
    poolSize: 10,
  });
  await migrateToLatest(handle.db);
  if (options.seed !== false) await seedDemoCounty(handle.db);
  const routes: TestApp['routes'] = [];
  const app = await buildApp({ config, db: handle.db, onRoute: (r) => routes.push(r) });
  await app.ready();

  const client = () => new TestClient(app);
  return {
    app,
    db: handle.db,
    config,
    kind: handle.kind,
    routes,
    client,
    async signIn(username, password = DEMO_PASSWORD) {
      const c = client();
      const res = await c.post('/api/auth/login', { username, password });
      if (res.status !== 200) throw new Error(`sign-in of ${username} failed: ${res.status}`);
      return c;
    },
    async close() {
      await app.close();
      await handle.close();
      await pgDb?.drop();
      fs.rmSync(checkpointDir, { recursive: true, force: true });
    },
  };
}

/** Ids of the demo county, looked up by name. */
export async function demoIds(db: Db) {
  const organisations = await db.selectFrom('organisation').select(['id', 'name']).execute();
  const units = await db.selectFrom('unit').select(['id', 'name']).execute();
  const staff = await db.selectFrom('staff').select(['id', 'username']).execute();
  const receptions = await db.selectFrom('integrated_reception').select(['id', 'name']).execute();
  const org = (name: string) => organisations.find((o) => o.name === name)!.id;
  const unit = (name: string) => units.find((u) => u.name === name)!.id;
  const user = (username: string) => staff.find((s) => s.username === username)!.id;
  return {
    region: org('Region Exempel'),
    exempelby: org('Exempelby kommun'),
    norrby: org('Norrby kommun'),
    solgarden: org('HVB Solgården'),
    beroendecentrum: unit('Beroendecentrum'),
    vardcentral: unit('Vårdcentral Centrum'),
    socExempelby: unit('Socialtjänst Vuxen Exempelby'),
    socNorrby: unit('Socialtjänst Vuxen Norrby'),
    integratedReception: receptions.find((r) => r.name === 'Socialmedicinsk mottagning Exempelby')!
      .id,
    user,
  };
}

/** Access-log rows for a person, oldest first. */
export function logRowsFor(db: Db, personId: string) {
  return db
    .selectFrom('access_log')
    .selectAll()
    .where('person_id', '=', personId)
    .orderBy('id')
    .execute();
}

// Consecutive n give distinct numbers for 16 800 calls (the period of the fields below). Every
// test file has a database of its own, so a fixed start is enough: the same numbers every run.
let serial = 0;
/** A fresh valid personnummer (born 1950–1999) that no demo person has (their serials are 9xx). */
export function newIdentityNumber(luhn: (nine: string) => number): string {
  serial += 1;
  const n = serial;
  const yy = String(50 + (n % 50)).padStart(2, '0');
  const mm = String(1 + (n % 12)).padStart(2, '0');
  const dd = String(1 + (n % 28)).padStart(2, '0');
  const tail = String(100 + (n % 800)).padStart(3, '0');
  const nine = `${yy}${mm}${dd}${tail}`;
  return `19${nine}${luhn(nine)}`;
}
