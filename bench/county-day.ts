/**
 * A county day (issue 12): a mixed load on PostgreSQL with the county data set — per 20 requests
 * of a connection, 10 person reads, 3 name searches (a third typed without å/ä/ö), 3 screening
 * lists, 2 screening writes (AUDIT) and 2 worklists — against the app and against a floor that
 * does the same reads and writes with bare Fastify and node-postgres (servers/floor-server.ts).
 * Alternating rounds, medians; requests/s and latency percentiles per server, and the load
 * average of the machine at the start of each round (it is shared). --mix=search runs name
 * searches only, for the search's own p99.
 *
 *   DATABASE_URL=postgres://…/vf_bench npx tsx bench/county-day.ts --duration=20 --rounds=2
 */
import { fork } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import autocannon from 'autocannon';
import pg from 'pg';
import { DEMO_PASSWORD } from '../apps/server/src/db/seed/demo-county.ts';
import {
  benchDatabaseUrl,
  numberArg,
  parseArgs,
  seededRandom,
  SOCIAL_WORKER,
} from './lib/common.ts';
import { ensureFloorLog } from './lib/floor-log.ts';

type Target = 'app' | 'floor';
const args = parseArgs();
const connections = numberArg(args, 'connections', 20);
const duration = numberArg(args, 'duration', 20);
const rounds = numberArg(args, 'rounds', 2);
const only = args.get('only') as Target | undefined;
// --mix=search: name searches only, for the name search's own p99 (issue 12: < 50 ms).
const mixName = args.get('mix') === 'search' ? 'search' : 'county-day';
// --cpu-prof: V8 CPU profiles of the servers into bench/results/cpu-profiles/ (summarise them
// with bench/summarise-cpu-profile.ts).
const cpuProfileDir = args.has('cpu-prof')
  ? new URL('./results/cpu-profiles/', import.meta.url).pathname
  : undefined;
const databaseUrl = benchDatabaseUrl();

const client = new pg.Client({ connectionString: databaseUrl });
await client.connect();
// The floor writes its log rows to floor_log (made by the first benchmark run on a data set).
await ensureFloorLog(client);
const caller = (
  await client.query(
    `select s.id as staff_id, s.unit_id, s.organisation_id from staff s where s.username = $1`,
    [SOCIAL_WORKER],
  )
).rows[0] as { staff_id: string; unit_id: string; organisation_id: string };
const visible = (
  await client.query<{ id: string; family_name: string }>(
    `select p.id, p.family_name from care_relation cr join person p on p.id = cr.person_id
      where cr.unit_id = $1 and cr.closed_at is null and not p.protected_identity order by p.id`,
    [caller.unit_id],
  )
).rows;
await client.end();
const random = seededRandom(7);
const ids = visible.map((v) => v.id).sort(() => random() - 0.5);
// Searches as staff type them: the first 4–6 letters of a family name; every third without å/ä/ö.
const searches = visible.slice(0, 2000).map((v, i) => {
  const word = v.family_name.slice(0, 4 + (i % 3));
  return i % 3 === 0 ? word.normalize('NFD').replace(/\p{M}/gu, '') : word;
});

function startServer(target: Target) {
  const file = new URL(`./servers/${target}-server.ts`, import.meta.url).pathname;
  const execArgv = cpuProfileDir
    ? [
        ...process.execArgv,
        '--cpu-prof',
        `--cpu-prof-dir=${cpuProfileDir}`,
        `--cpu-prof-name=county-day-${target}-${Date.now()}.cpuprofile`,
      ]
    : process.execArgv;
  const child = fork(file, [], {
    execArgv,
    env: {
      ...process.env,
      DATABASE_URL: databaseUrl,
      FLOOR_STAFF_ID: caller.staff_id,
      FLOOR_UNIT_ID: caller.unit_id,
      FLOOR_ORGANISATION_ID: caller.organisation_id,
    },
  });
  return new Promise<{ port: number; stop: () => void }>((resolve, reject) => {
    child.once('exit', (code) => reject(new Error(`${target} exited ${code}`)));
    child.on('message', (m: { type?: string; port?: number }) => {
      if (m?.type === 'ready') resolve({ port: m.port!, stop: () => child.kill('SIGTERM') });
    });
  });
}

async function signIn(base: string) {
  const res = await fetch(`${base}/api/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ username: SOCIAL_WORKER, password: DEMO_PASSWORD }),
  });
  const body = (await res.json()) as { csrfToken: string };
  const cookie = res.headers
    .getSetCookie()
    .map((c) => c.split(';')[0]!)
    .find((c) => c.startsWith('vf_session='))!;
  return { cookie, 'x-csrf-token': body.csrfToken };
}

function mix(target: Target) {
  const p = target === 'app' ? '/api' : '/floor';
  let n = 0;
  let s = 0;
  const person = () => ids[n++ % ids.length]!;
  const get = (path: () => string) => ({
    method: 'GET' as const,
    setupRequest: (r: { path: string }) => ({ ...r, path: path() }),
  });
  const read = get(() => `${p}/persons/${person()}`);
  const search = get(
    () => `${p}/persons?q=${encodeURIComponent(searches[s++ % searches.length]!)}`,
  );
  const list = get(() => `${p}/persons/${person()}/screenings`);
  const worklist = get(() => (target === 'app' ? '/api/worklist' : '/floor/worklist'));
  const write = {
    method: 'POST' as const,
    headers: { 'content-type': 'application/json' },
    setupRequest: (r: { path: string }) => ({
      ...r,
      path: `${p}/persons/${person()}/screenings`,
      body: JSON.stringify({ instrument: 'AUDIT', answers: [1, 1, 0, 0, 0, 0, 0, 0, 0, 0] }),
    }),
  };
  if (mixName === 'search') return [search];
  return [
    read,
    search,
    read,
    list,
    read,
    write,
    read,
    search,
    read,
    list,
    read,
    worklist,
    read,
    search,
    read,
    list,
    read,
    write,
    read,
    worklist,
  ];
}

async function round(target: Target) {
  const server = await startServer(target);
  const base = `http://127.0.0.1:${server.port}`;
  const headers = target === 'app' ? await signIn(base) : {};
  const load1 = os.loadavg()[0]!;
  const warm = autocannon({ url: base, connections, duration: 3, headers, requests: mix(target) });
  await warm;
  const result = await autocannon({
    url: base,
    connections,
    duration,
    headers,
    requests: mix(target),
  });
  server.stop();
  // A server that answers with errors is not measured: its figures would be of error pages.
  if (result.non2xx > 0 || result.errors > 0) {
    throw new Error(`${target}: ${result.non2xx} non-2xx answers and ${result.errors} errors`);
  }
  return {
    target,
    loadAverage1m: Number(load1.toFixed(2)),
    requestsPerSecond: result.requests.average,
    p50: result.latency.p50,
    p97_5: result.latency.p97_5,
    p99: result.latency.p99,
    non2xx: result.non2xx,
    errors: result.errors,
  };
}

const results: Awaited<ReturnType<typeof round>>[] = [];
for (let i = 0; i < rounds; i++) {
  for (const target of ['floor', 'app'] as const) {
    if (only && only !== target) continue;
    const r = await round(target);
    results.push(r);
    console.log(JSON.stringify(r));
  }
}
const median = (v: number[]) => [...v].sort((a, b) => a - b)[Math.floor(v.length / 2)]!;
const summary = Object.fromEntries(
  (['floor', 'app'] as const).map((t) => {
    const rs = results.filter((r) => r.target === t);
    return [
      t,
      rs.length
        ? {
            requestsPerSecond: median(rs.map((r) => r.requestsPerSecond)),
            p99: median(rs.map((r) => r.p99)),
          }
        : null,
    ];
  }),
);
console.log(JSON.stringify(summary));
const file = new URL(
  `./results/${mixName}-${new Date().toISOString().replace(/[:.]/g, '-')}.json`,
  import.meta.url,
);
fs.writeFileSync(
  file,
  JSON.stringify(
    { mix: mixName, connections, duration, rounds, results, summary, cpus: os.cpus().length },
    null,
    2,
  ),
);
console.log(`written ${file.pathname}`);
