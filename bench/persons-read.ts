/**
 * Benchmark: GET /api/persons/:id of the real server against a bare "floor" server doing the
 * same indexed read and one log insert per request.
 *
 *   npx tsx bench/persons-read.ts [--connections=20] [--duration=20] [--warmup=5] [--rounds=3]
 *                                  [--only=app|floor] [--label=name] [--quiet-wait=60]
 *                                  [--cpu-prof]
 *
 * Each server runs in a child process of its own; autocannon runs in this process. Rounds
 * alternate floor, app, floor, app …, each a warm-up then a measured run, one server loaded at a
 * time; medians over the rounds are reported. The data set must exist (bench/generate.ts).
 * Results are written to bench/results/persons-read-<date>.json.
 */
import { fork, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import { fileURLToPath, pathToFileURL } from 'node:url';
import autocannon from 'autocannon';
import pg from 'pg';
import { DEMO_PASSWORD } from '../apps/server/src/db/seed/demo-county.ts';
import {
  benchDatabaseUrl,
  datasetStatus,
  numberArg,
  parseArgs,
  seededRandom,
  SOCIAL_WORKER,
} from './lib/common.ts';
import { ensureFloorLog } from './lib/floor-log.ts';
import type { QueryStats } from './lib/query-counter.ts';

export interface PersonsReadOptions {
  databaseUrl: string;
  connections: number;
  durationSeconds: number;
  warmupSeconds: number;
  /** Alternating floor/app rounds; medians are reported. */
  rounds: number;
  /** Before each round, wait at most this long for other jobs on the machine to finish. */
  quietWaitSeconds: number;
  /** Write V8 CPU profiles of the servers to bench/results/cpu-profiles/. */
  cpuProfile?: boolean;
  only?: 'app' | 'floor' | undefined;
  /** Added to the result file's name and content, e.g. for an experiment. */
  label?: string | undefined;
}

type Target = 'floor' | 'app';

interface Caller {
  staffId: string;
  unitId: string;
  unitName: string;
  organisationId: string;
}

export interface RoundResult {
  round: number;
  /** How long the round waited for the machine to quieten, and how busy it was then. */
  machineBeforeRound: { waitedSeconds: number; busyPercent: number | null } | null;
  requestsPerSecond: number;
  totalRequests: number;
  durationSeconds: number;
  latencyMs: { average: number; p50: number; p90: number; p97_5: number; p99: number; max: number };
  errors: number;
  timeouts: number;
  non2xx: number;
  statusCodes: Record<string, number>;
  /** Statements sent by the server per request (BEGIN and COMMIT count). */
  queriesPerRequest: number;
  /** Sum over a request's statements of send-to-answer time in the server process. */
  dbRoundTripMsPerRequest: number;
  serverCpuMsPerRequest: number;
  cpuPercentOfOneCore: {
    server: number;
    postgres: number | null;
    loadGenerator: number;
    wholeMachine: number | null;
    otherProcesses: number | null;
  };
  statements: { sql: string; perRequest: number; averageMs: number }[];
}

/** Medians over the rounds (errors summed), and every round. */
export interface ServerResult {
  url: string;
  requestsPerSecond: number;
  latencyMs: { p50: number; p97_5: number; p99: number; max: number };
  totalRequests: number;
  errors: number;
  timeouts: number;
  non2xx: number;
  queriesPerRequest: number;
  rounds: RoundResult[];
}

const SERVER_FILES: Record<Target, string> = {
  floor: fileURLToPath(new URL('./servers/floor-server.ts', import.meta.url)),
  app: fileURLToPath(new URL('./servers/app-server.ts', import.meta.url)),
};

/**
 * CPU time (user + system, ms) per PostgreSQL process serving the benchmark database, plus the
 * server's own background processes (WAL writer, checkpointer …), from /proc; null elsewhere.
 * Backends of other databases (e.g. a test suite on the same server) are left out.
 */
function postgresCpu(database: string): Map<string, number> | null {
  try {
    const ticks = 100; // USER_HZ on Linux
    const cpu = new Map<string, number>();
    for (const pid of fs.readdirSync('/proc')) {
      if (!/^\d+$/.test(pid)) continue;
      try {
        const stat = fs.readFileSync(`/proc/${pid}/stat`, 'utf8');
        if (stat.slice(stat.indexOf('(') + 1, stat.lastIndexOf(')')) !== 'postgres') continue;
        // The process title: "postgres: [cluster:] <user> <database> <host(port)> <state>" for
        // a backend, "postgres: [cluster:] walwriter" for a background process.
        const title = fs.readFileSync(`/proc/${pid}/cmdline`, 'utf8').replace(/\0/g, ' ').trim();
        const words = title.split(/\s+/);
        const host = words.findIndex(
          (w, i) =>
            i >= 3 && /^(\d+\.\d+\.\d+\.\d+|\[local\]|[\da-f]*:[\da-f:]+)(\(\d+\))?$/i.test(w),
        );
        if (host > 0 && words[host - 1] !== database) continue;
        const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
        cpu.set(pid, ((Number(fields[11]) + Number(fields[12])) * 1000) / ticks);
      } catch {
        // the process ended meanwhile
      }
    }
    return cpu;
  } catch {
    return null;
  }
}

/** CPU used between two samples; processes that started meanwhile count from zero. */
function cpuBetween(
  before: Map<string, number> | null,
  after: Map<string, number> | null,
): number | null {
  if (!before || !after) return null;
  let total = 0;
  for (const [pid, ms] of after) total += Math.max(0, ms - (before.get(pid) ?? 0));
  return total;
}

/** Busy share of the whole machine (percent of one core) over a short sample. */
async function machineBusyPercent(sampleMs: number): Promise<number | null> {
  const a = machineCpuMs();
  await new Promise((r) => setTimeout(r, sampleMs));
  const b = machineCpuMs();
  return a && b ? ((b.busy - a.busy) / sampleMs) * 100 : null;
}

/**
 * Waits (at most maxSeconds) until the machine is nearly idle, so that a round does not share
 * the two cores with another job (a test suite, a build). Returns the seconds waited.
 */
async function waitForQuiet(
  maxSeconds: number,
): Promise<{ waitedSeconds: number; busyPercent: number | null }> {
  const started = Date.now();
  let busy = await machineBusyPercent(2000);
  let announced = false;
  while (busy !== null && busy > QUIET_BUSY_PERCENT && Date.now() - started < maxSeconds * 1000) {
    if (!announced) {
      console.log(
        `  the machine is busy (${busy.toFixed(0)} % of a core): waiting up to ${maxSeconds} s for it to quieten …`,
      );
      announced = true;
    }
    busy = await machineBusyPercent(2000);
  }
  return {
    waitedSeconds: Math.round((Date.now() - started) / 1000),
    busyPercent: busy === null ? null : round(busy, 1),
  };
}

const QUIET_BUSY_PERCENT = 25;

async function findCaller(client: pg.Client): Promise<Caller> {
  const r = await client.query(
    `select s.id as staff_id, s.unit_id, u.name as unit_name, s.organisation_id
       from staff s join unit u on u.id = s.unit_id where s.username = $1`,
    [SOCIAL_WORKER],
  );
  const row = r.rows[0];
  if (!row) throw new Error(`${SOCIAL_WORKER} not found: generate the data set first`);
  return {
    staffId: row.staff_id,
    unitId: row.unit_id,
    unitName: row.unit_name,
    organisationId: row.organisation_id,
  };
}

/** Every person with an open relation at the caller's unit, in a fixed shuffled order. */
async function visiblePersonIds(client: pg.Client, caller: Caller): Promise<string[]> {
  const r = await client.query<{ person_id: string }>(
    'select person_id from care_relation where unit_id = $1 and closed_at is null order by person_id',
    [caller.unitId],
  );
  const ids = r.rows.map((row) => row.person_id);
  const random = seededRandom(42);
  for (let i = ids.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [ids[i], ids[j]] = [ids[j]!, ids[i]!];
  }
  return ids;
}

interface RunningServer {
  child: ChildProcess;
  port: number;
  request<T>(type: string, reply: string): Promise<T>;
  stop(): Promise<void>;
}

function startServer(
  target: Target,
  env: NodeJS.ProcessEnv,
  cpuProfileDir?: string,
): Promise<RunningServer> {
  // BENCH_APP_SERVER: another app-server.ts (e.g. in a patched copy of the repository).
  const file = (target === 'app' && process.env.BENCH_APP_SERVER) || SERVER_FILES[target];
  // --cpu-prof: V8 CPU profiles of the servers, written when they stop (open them in Chrome
  // DevTools or summarise them with bench/summarise-cpu-profile.ts).
  const execArgv = cpuProfileDir
    ? [
        ...process.execArgv,
        '--cpu-prof',
        `--cpu-prof-dir=${cpuProfileDir}`,
        `--cpu-prof-name=${target}-${Date.now()}.cpuprofile`,
      ]
    : process.execArgv;
  const child = fork(file, [], { env: { ...process.env, ...env }, execArgv });
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`${target} server did not start`)), 60_000);
    child.once('exit', (code) => reject(new Error(`${target} server exited (${code})`)));
    child.on('message', function onReady(message: { type?: string; port?: number }) {
      if (message?.type !== 'ready') return;
      clearTimeout(timer);
      child.off('message', onReady);
      child.removeAllListeners('exit');
      resolve({
        child,
        port: message.port!,
        request<T>(type: string, reply: string) {
          return new Promise<T>((done) => {
            const listener = (m: { type?: string; stats?: unknown }) => {
              if (m?.type !== reply) return;
              child.off('message', listener);
              done(m.stats as T);
            };
            child.on('message', listener);
            child.send({ type });
          });
        },
        stop() {
          return new Promise<void>((done) => {
            if (child.exitCode !== null) return done();
            child.once('exit', () => done());
            child.kill('SIGTERM');
          });
        },
      });
    });
  });
}

async function signIn(base: string): Promise<string> {
  const response = await fetch(`${base}/api/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ username: SOCIAL_WORKER, password: DEMO_PASSWORD }),
  });
  if (!response.ok) throw new Error(`sign-in as ${SOCIAL_WORKER} failed: ${response.status}`);
  const body = (await response.json()) as { secondFactorRequired?: boolean };
  if (body.secondFactorRequired) throw new Error(`${SOCIAL_WORKER} needs a second factor`);
  const cookie = response.headers
    .getSetCookie()
    .map((c) => c.split(';')[0]!)
    .find((c) => c.startsWith('vf_session='));
  if (!cookie) throw new Error('no vf_session cookie after sign-in');
  return cookie;
}

function load(
  url: string,
  pathPrefix: string,
  ids: string[],
  headers: Record<string, string>,
  connections: number,
  duration: number,
) {
  let next = 0;
  return autocannon({
    url,
    connections,
    duration,
    headers,
    requests: [
      {
        method: 'GET',
        setupRequest: (request: { path: string }) => {
          request.path = pathPrefix + ids[next++ % ids.length];
          return request;
        },
      },
    ],
  });
}

interface Server {
  target: Target;
  running: RunningServer;
  base: string;
  prefix: string;
  headers: Record<string, string>;
}

async function startTarget(
  target: Target,
  caller: Caller,
  ids: string[],
  options: PersonsReadOptions,
): Promise<Server> {
  const running = await startServer(
    target,
    {
      DATABASE_URL: options.databaseUrl,
      FLOOR_STAFF_ID: caller.staffId,
      FLOOR_UNIT_ID: caller.unitId,
      FLOOR_ORGANISATION_ID: caller.organisationId,
    },
    options.cpuProfile
      ? fileURLToPath(new URL('./results/cpu-profiles/', import.meta.url))
      : undefined,
  );
  const base = `http://127.0.0.1:${running.port}`;
  const prefix = target === 'app' ? '/api/persons/' : '/floor/persons/';
  try {
    const headers: Record<string, string> = target === 'app' ? { cookie: await signIn(base) } : {};
    // One request by hand: the server answers the person, not an error page.
    const check = await fetch(base + prefix + ids[0], { headers });
    const checked = (await check.json()) as { id?: string };
    if (check.status !== 200 || checked.id !== ids[0]) {
      throw new Error(
        `${target}: GET ${prefix}${ids[0]} answered ${check.status} ${JSON.stringify(checked)}`,
      );
    }
    return { target, running, base, prefix, headers };
  } catch (error) {
    await running.stop();
    throw error;
  }
}

/** Busy and total CPU time of the whole machine (ms, summed over cores), from /proc/stat. */
function machineCpuMs(): { busy: number; total: number } | null {
  try {
    const line = fs.readFileSync('/proc/stat', 'utf8').split('\n')[0]!;
    const v = line.trim().split(/\s+/).slice(1, 9).map(Number);
    const total = v.reduce((a, b) => a + b, 0);
    const idle = v[3]! + v[4]!;
    return { busy: ((total - idle) * 1000) / 100, total: (total * 1000) / 100 };
  } catch {
    return null;
  }
}

async function checkpoint(databaseUrl: string): Promise<void> {
  // Start each round from the same state: dirty pages written out, no checkpoint half-way.
  const c = new pg.Client({ connectionString: databaseUrl });
  await c.connect();
  await c.query('checkpoint').catch(() => {});
  await c.end();
}

async function measureRound(
  server: Server,
  ids: string[],
  options: PersonsReadOptions,
  roundNo: number,
): Promise<RoundResult> {
  const { target, base, prefix, headers } = server;
  await checkpoint(options.databaseUrl);
  const quiet = options.quietWaitSeconds > 0 ? await waitForQuiet(options.quietWaitSeconds) : null;
  console.log(`${target} (round ${roundNo}): warm-up ${options.warmupSeconds} s …`);
  await load(base, prefix, ids, headers, options.connections, options.warmupSeconds);

  console.log(
    `${target} (round ${roundNo}): measuring ${options.durationSeconds} s at ${options.connections} connections …`,
  );
  await server.running.request('reset', 'reset-done');
  const pgBefore = postgresCpu(new URL(options.databaseUrl).pathname.slice(1));
  const machineBefore = machineCpuMs();
  const selfBefore = process.cpuUsage();
  const wallBefore = performance.now();
  const result = await load(
    base,
    prefix,
    ids,
    headers,
    options.connections,
    options.durationSeconds,
  );
  const wallMs = performance.now() - wallBefore;
  const self = process.cpuUsage(selfBefore);
  const machineAfter = machineCpuMs();
  const pgAfter = postgresCpu(new URL(options.databaseUrl).pathname.slice(1));
  const stats = await server.running.request<QueryStats>('stats', 'stats');

  const completed = result.requests.total;
  const statusCodes: Record<string, number> = {};
  for (const [code, s] of Object.entries(result.statusCodeStats ?? {})) {
    statusCodes[code] = Number((s as { count: number | string }).count);
  }
  const serverPercent = round((stats.cpuMs / stats.wallMs) * 100, 1);
  const pgMs = cpuBetween(pgBefore, pgAfter);
  const postgresPercent = pgMs === null ? null : round((pgMs / wallMs) * 100, 1);
  const loadGeneratorPercent = round(((self.user + self.system) / 1000 / wallMs) * 100, 1);
  const machinePercent =
    machineBefore && machineAfter
      ? round(((machineAfter.busy - machineBefore.busy) / wallMs) * 100, 1)
      : null;
  return {
    round: roundNo,
    machineBeforeRound: quiet,
    requestsPerSecond: round(completed / result.duration, 1),
    totalRequests: completed,
    durationSeconds: result.duration,
    latencyMs: {
      average: round(result.latency.average),
      p50: result.latency.p50,
      p90: result.latency.p90,
      p97_5: result.latency.p97_5,
      p99: result.latency.p99,
      max: result.latency.max,
    },
    errors: result.errors,
    timeouts: result.timeouts,
    non2xx: result.non2xx,
    statusCodes,
    queriesPerRequest: round(stats.queries / Math.max(completed, 1)),
    dbRoundTripMsPerRequest: round(stats.totalMs / Math.max(completed, 1)),
    serverCpuMsPerRequest: round(stats.cpuMs / Math.max(completed, 1), 3),
    cpuPercentOfOneCore: {
      server: serverPercent,
      postgres: postgresPercent,
      loadGenerator: loadGeneratorPercent,
      wholeMachine: machinePercent,
      otherProcesses:
        machinePercent === null || postgresPercent === null
          ? null
          : round(
              Math.max(0, machinePercent - serverPercent - postgresPercent - loadGeneratorPercent),
              1,
            ),
    },
    statements: stats.byStatement.map((s) => ({
      sql: s.sql,
      perRequest: round(s.count / Math.max(completed, 1), 3),
      averageMs: round(s.totalMs / s.count, 3),
    })),
  };
}

const round = (v: number, d = 2) => Math.round(v * 10 ** d) / 10 ** d;

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

function summarise(url: string, rounds: RoundResult[]): ServerResult {
  const m = (f: (r: RoundResult) => number) => round(median(rounds.map(f)), 2);
  const sum = (f: (r: RoundResult) => number) => rounds.reduce((a, r) => a + f(r), 0);
  return {
    url,
    requestsPerSecond: m((r) => r.requestsPerSecond),
    latencyMs: {
      p50: m((r) => r.latencyMs.p50),
      p97_5: m((r) => r.latencyMs.p97_5),
      p99: m((r) => r.latencyMs.p99),
      max: Math.max(...rounds.map((r) => r.latencyMs.max)),
    },
    totalRequests: sum((r) => r.totalRequests),
    errors: sum((r) => r.errors),
    timeouts: sum((r) => r.timeouts),
    non2xx: sum((r) => r.non2xx),
    queriesPerRequest: m((r) => r.queriesPerRequest),
    rounds,
  };
}

function printTable(results: Partial<Record<Target, ServerResult>>): void {
  const rows = (Object.entries(results) as [Target, ServerResult][]).flatMap(([name, r]) => [
    ...(r.rounds.length > 1
      ? r.rounds.map((x) => ({
          server: `${name} #${x.round}`,
          'req/s': x.requestsPerSecond,
          'p50 ms': x.latencyMs.p50,
          'p97.5 ms': x.latencyMs.p97_5,
          'p99 ms': x.latencyMs.p99,
          'errors+non2xx': x.errors + x.non2xx,
          'queries/req': x.queriesPerRequest,
          'CPU % server/pg/autocannon/other': `${x.cpuPercentOfOneCore.server} / ${x.cpuPercentOfOneCore.postgres} / ${x.cpuPercentOfOneCore.loadGenerator} / ${x.cpuPercentOfOneCore.otherProcesses}`,
        }))
      : []),
    {
      server: r.rounds.length > 1 ? `${name} median` : name,
      'req/s': r.requestsPerSecond,
      'p50 ms': r.latencyMs.p50,
      'p97.5 ms': r.latencyMs.p97_5,
      'p99 ms': r.latencyMs.p99,
      'errors+non2xx': r.errors + r.non2xx,
      'queries/req': r.queriesPerRequest,
      'CPU % server/pg/autocannon/other':
        r.rounds.length > 1
          ? ''
          : `${r.rounds[0]!.cpuPercentOfOneCore.server} / ${r.rounds[0]!.cpuPercentOfOneCore.postgres} / ${r.rounds[0]!.cpuPercentOfOneCore.loadGenerator} / ${r.rounds[0]!.cpuPercentOfOneCore.otherProcesses}`,
    },
  ]);
  console.table(rows);
}

export async function runPersonsRead(options: PersonsReadOptions) {
  const status = await datasetStatus(options.databaseUrl);
  if (!status.exists || status.persons === 0) {
    throw new Error('No data set: run bench/generate.ts (or bench/run.ts) first.');
  }
  const client = new pg.Client({ connectionString: options.databaseUrl });
  await client.connect();
  let caller: Caller;
  let ids: string[];
  let postgresVersion: string;
  try {
    caller = await findCaller(client);
    ids = await visiblePersonIds(client, caller);
    await ensureFloorLog(client);
    postgresVersion = (await client.query('show server_version')).rows[0].server_version;
  } finally {
    await client.end();
  }
  if (ids.length === 0) throw new Error(`no person is visible to ${SOCIAL_WORKER}`);
  console.log(
    `Data set: ${status.persons} persons, ${status.careRelations} care relations, ${status.logRows} access-log rows; ` +
      `${ids.length} persons visible to ${SOCIAL_WORKER} (${caller.unitName}).`,
  );

  // Both servers start once; the rounds alternate floor, app, floor, app … so that a change in
  // the machine's background load touches both alike. An idle server costs nothing meanwhile.
  const targets: Target[] = options.only ? [options.only] : ['floor', 'app'];
  const servers: Server[] = [];
  const rounds: Record<Target, RoundResult[]> = { floor: [], app: [] };
  try {
    for (const target of targets) servers.push(await startTarget(target, caller, ids, options));
    for (let r = 1; r <= options.rounds; r++) {
      for (const server of servers)
        rounds[server.target].push(await measureRound(server, ids, options, r));
    }
  } finally {
    for (const server of servers) await server.running.stop();
  }
  const results: Partial<Record<Target, ServerResult>> = {};
  for (const server of servers) {
    results[server.target] = summarise(`${server.base}${server.prefix}:id`, rounds[server.target]);
  }
  printTable(results);

  const app = results.app;
  const floor = results.floor;
  const ratio = app && floor ? round(app.requestsPerSecond / floor.requestsPerSecond, 3) : null;
  const pairedRatios =
    app && floor
      ? app.rounds.map((a, i) => round(a.requestsPerSecond / floor.rounds[i]!.requestsPerSecond, 3))
      : [];
  // Issue 12 raised the throughput target from 60 % to 80 % of the floor.
  const targetsMet = {
    throughputRatio: {
      target: '>= 0.80',
      value: ratio,
      pass: ratio === null ? null : ratio >= 0.8,
    },
    appP99Ms: {
      target: '< 30',
      value: app?.latencyMs.p99 ?? null,
      pass: app ? app.latencyMs.p99 < 30 : null,
    },
  };
  if (ratio !== null) {
    console.log(
      `app/floor throughput (medians): ${(ratio * 100).toFixed(1)} % (target ≥ 80 %: ${targetsMet.throughputRatio.pass ? 'met' : 'MISSED'})` +
        (pairedRatios.length > 1
          ? `; per round: ${pairedRatios.map((x) => `${(x * 100).toFixed(1)} %`).join(', ')}`
          : ''),
    );
  }
  if (app) {
    console.log(
      `app p99 (median of rounds): ${app.latencyMs.p99} ms (target < 30 ms: ${targetsMet.appP99Ms.pass ? 'met' : 'MISSED'})`,
    );
  }

  const now = new Date();
  const report = {
    benchmark: 'persons-read',
    label: options.label ?? null,
    date: now.toISOString(),
    machine: {
      cpus: os.cpus().length,
      cpuModel: os.cpus()[0]?.model ?? null,
      memoryGb: Math.round(os.totalmem() / 2 ** 30),
      node: process.version,
      postgres: postgresVersion,
      note:
        'load generator (this process), server under test (child process) and PostgreSQL share the machine; ' +
        'CPU figures are percent of one core (200 = both cores), otherProcesses is whatever else ran',
    },
    dataset: {
      persons: status.persons,
      careRelations: status.careRelations,
      consents: status.consents,
      accessLogRows: status.logRows,
      visibleToCaller: ids.length,
    },
    settings: {
      caller: SOCIAL_WORKER,
      unit: caller.unitName,
      connections: options.connections,
      warmupSeconds: options.warmupSeconds,
      durationSeconds: options.durationSeconds,
      rounds: options.rounds,
      quietWaitSeconds: options.quietWaitSeconds,
      poolSize: 20,
      order: targets,
      appServer: process.env.BENCH_APP_SERVER ?? null,
    },
    results,
    appToFloorThroughput: ratio,
    appToFloorThroughputPerRound: pairedRatios,
    targets: targetsMet,
  };
  const dir = fileURLToPath(new URL('./results/', import.meta.url));
  fs.mkdirSync(dir, { recursive: true });
  const stamp = now
    .toISOString()
    .replace(/[:]/g, '-')
    .replace(/\.\d+Z$/, 'Z');
  const suffix = options.label ? `-${options.label.replace(/[^\w.-]+/g, '_')}` : '';
  const file = `${dir}persons-read-${stamp}${suffix}.json`;
  fs.writeFileSync(file, JSON.stringify(report, null, 2) + '\n');
  console.log(`Results written to ${file}`);
  return report;
}

export function personsReadOptions(args: Map<string, string>): PersonsReadOptions {
  const only = args.get('only');
  if (only !== undefined && only !== 'app' && only !== 'floor')
    throw new Error('--only must be app or floor');
  return {
    databaseUrl: benchDatabaseUrl(),
    connections: numberArg(args, 'connections', 20),
    durationSeconds: numberArg(args, 'duration', 20),
    warmupSeconds: numberArg(args, 'warmup', 5),
    rounds: Math.max(1, Math.floor(numberArg(args, 'rounds', 3))),
    quietWaitSeconds: numberArg(args, 'quiet-wait', 60),
    cpuProfile: args.has('cpu-prof'),
    only,
    label: args.get('label'),
  };
}

if (import.meta.url === pathToFileURL(process.argv[1]!).href) {
  runPersonsRead(personsReadOptions(parseArgs())).catch((error: unknown) => {
    console.error(error);
    process.exit(1);
  });
}
