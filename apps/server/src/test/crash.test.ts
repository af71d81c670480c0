import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { randomUUID } from 'node:crypto';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { luhnCheckDigit } from '@vardflata/domain';
import { verifyAccessLog } from '../audit/verify.ts';
import { openDatabase } from '../db/database.ts';
import { newIdentityNumber } from './harness.ts';

/**
 * Durability (security.md): the server process is killed with SIGKILL while requests are
 * writing. Every write it acknowledged must be there after a restart, nothing half-written,
 * no data without its log row, and the access log must verify.
 */
const MAIN = new URL('../main.ts', import.meta.url).pathname;
let dataDir: string;
let databaseUrl: string | undefined;
let dropDatabase: (() => Promise<void>) | undefined;

async function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const server = net.createServer().listen(0, '127.0.0.1', () => {
      const { port } = server.address() as net.AddressInfo;
      server.close(() => resolve(port));
    });
  });
}

async function startServer(port: number): Promise<ChildProcess> {
  const child = spawn(process.execPath, ['--import', 'tsx', MAIN], {
    env: {
      ...process.env,
      PORT: String(port),
      HOST: '127.0.0.1',
      DATA_DIR: dataDir,
      DATABASE_URL: databaseUrl ?? '',
      SEED_DEMO: 'true',
      LOG_LEVEL: 'warn',
      WEB_DIST_DIR: '/nonexistent',
    },
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  for (let i = 0; i < 240; i++) {
    try {
      const res = await fetch(`http://127.0.0.1:${port}/api/health`);
      if (res.ok) return child;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 250));
  }
  child.kill('SIGKILL');
  throw new Error('server did not start');
}

function exited(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
  return new Promise((resolve) => child.once('exit', () => resolve()));
}

async function signIn(base: string) {
  const res = await fetch(`${base}/api/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ username: 'erik.socsek', password: 'vardflata-demo' }),
  });
  const body = (await res.json()) as { csrfToken: string };
  const cookie = res.headers.get('set-cookie')!.split(';')[0]!;
  return { cookie, csrf: body.csrfToken };
}

beforeAll(async () => {
  dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'vf-crash-'));
  if (process.env.DATABASE_URL) {
    const name = `vardflata_crash_${randomUUID().replace(/-/g, '').slice(0, 12)}`;
    const admin = new pg.Client({ connectionString: process.env.DATABASE_URL });
    await admin.connect();
    await admin.query(`create database ${name}`);
    await admin.end();
    const url = new URL(process.env.DATABASE_URL);
    url.pathname = `/${name}`;
    databaseUrl = url.toString();
    dropDatabase = async () => {
      const c = new pg.Client({ connectionString: process.env.DATABASE_URL });
      await c.connect();
      await c.query(`drop database if exists ${name} with (force)`);
      await c.end();
    };
  }
});
afterAll(async () => {
  await dropDatabase?.();
  fs.rmSync(dataDir, { recursive: true, force: true });
});

describe('a server killed during concurrent writes', () => {
  it('keeps every acknowledged write, with its log row', async () => {
    const port = await freePort();
    const base = `http://127.0.0.1:${port}`;
    let server = await startServer(port);
    const session = await signIn(base);

    const acknowledged: { id: string; number: string }[] = [];
    let stop = false;
    const writer = async () => {
      while (!stop) {
        const number = newIdentityNumber(luhnCheckDigit);
        try {
          const res = await fetch(`${base}/api/persons`, {
            method: 'POST',
            headers: {
              'content-type': 'application/json',
              cookie: session.cookie,
              'x-csrf-token': session.csrf,
            },
            body: JSON.stringify({
              personalIdentityNumber: number,
              givenName: 'Krasch',
              familyName: 'Testsson',
              sex: 'unknown',
            }),
          });
          if (res.status === 201)
            acknowledged.push({ id: ((await res.json()) as { id: string }).id, number });
        } catch {
          return; // the server is gone
        }
      }
    };
    const writers = Array.from({ length: 8 }, writer);
    // Let the writes run, then kill the process without warning.
    while (acknowledged.length < 40) await new Promise((r) => setTimeout(r, 20));
    server.kill('SIGKILL');
    stop = true;
    await Promise.all(writers);
    await exited(server);
    expect(acknowledged.length).toBeGreaterThanOrEqual(40);

    // Restart on the same data: every acknowledged person is there for Erik.
    server = await startServer(port);
    const again = await signIn(base);
    for (const { id, number } of acknowledged) {
      const res = await fetch(`${base}/api/persons/${id}`, { headers: { cookie: again.cookie } });
      expect(res.status, id).toBe(200);
      expect(
        ((await res.json()) as { personalIdentityNumber: string }).personalIdentityNumber,
      ).toBe(number);
    }
    server.kill('SIGTERM');
    await exited(server);

    // Nothing without its log row, and the chain verifies.
    const handle = await openDatabase({ databaseUrl, dataDir });
    try {
      const orphans = await handle.db
        .selectFrom('person as p')
        .select('p.id')
        .where('p.given_name', '=', 'Krasch')
        .where(({ not, exists, selectFrom }) =>
          not(
            exists(
              selectFrom('access_log as l')
                .select('l.id')
                .whereRef('l.person_id', '=', 'p.id')
                .where('l.action', '=', 'person.register'),
            ),
          ),
        )
        .execute();
      expect(orphans).toEqual([]);
      const relationless = await handle.db
        .selectFrom('person as p')
        .select('p.id')
        .where('p.given_name', '=', 'Krasch')
        .where(({ not, exists, selectFrom }) =>
          not(
            exists(
              selectFrom('care_relation as c').select('c.id').whereRef('c.person_id', '=', 'p.id'),
            ),
          ),
        )
        .execute();
      expect(relationless).toEqual([]);
      expect((await verifyAccessLog(handle.db)).ok).toBe(true);
    } finally {
      await handle.close();
    }
  }, 180_000);
});
