/**
 * The county-year follow-up dashboard on a county-sized data set (issue 10, point 7).
 *
 * Data set (its own database, default `vardflata_bench_indicators`, made when missing or with
 * --fresh): the migrations and the demo county, then 100 000 persons with 1–2 care relations,
 * 1 000 000 AUDIT/DUDIT screenings over 2024–2026, 1 000 000 visits and contacts over the same
 * years (500 000 held, the rest booked, cancelled or no-show; decision 0020-c) and 50 000 SIPs
 * with their meetings and follow-ups and 30 000 cases (case management: two thirds closed, one in
 * ten a reopening), all generated in SQL with fixed formulas (no randomness: the same data every
 * run). A data set made before contacts or cases existed is made again.
 *
 * Measured, for the year 2025 over the whole county:
 * - **dashboard** — `GET /api/indicators/grid` and `GET /api/indicators` through the real app
 *   (`buildApp`, signed in as the analyst), as the dashboard calls them: answered from the
 *   kept grid (never older than a minute; refreshed in the background after 30 s);
 * - **compute** — `computeIndicatorGrid` itself, every indicator for the county, all
 *   organisations and units with suppression (what a cache miss costs);
 * - **floor** — one hand-written SQL statement over the same tables giving the county's figures.
 *
 *   npx tsx bench/indicators.ts [--fresh] [--runs=20] [--requests=300]
 */
import fs from 'node:fs';
import path from 'node:path';
import pg from 'pg';
import { buildApp } from '../apps/server/src/app.ts';
import { loadConfig } from '../apps/server/src/config.ts';
import { openDatabase } from '../apps/server/src/db/database.ts';
import { migrateToLatest } from '../apps/server/src/db/migrate.ts';
import { seedDemoCounty } from '../apps/server/src/db/seed/demo-county.ts';
import { computeIndicatorGrid } from '../apps/server/src/modules/indicators/use-cases/compute-grid.ts';
import { adminUrl, elapsed, numberArg, parseArgs, quoteIdent } from './lib/common.ts';

const args = parseArgs();
const DATABASE_URL =
  process.env.DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/vardflata_bench_indicators';
const PERIOD = { from: '2025-01-01', to: '2025-12-31' };
const SIZE = {
  persons: 100_000,
  screenings: 1_000_000,
  contacts: 1_000_000,
  sips: 50_000,
  cases: 30_000,
};

async function ensureDataset(): Promise<void> {
  const { url, database } = adminUrl(DATABASE_URL);
  const admin = new pg.Client({ connectionString: url });
  await admin.connect();
  // A data set from before contacts (0020-c) or cases lacks them: it is made again, like --fresh.
  const stale = await (async () => {
    const probe = new pg.Client({ connectionString: DATABASE_URL });
    try {
      await probe.connect();
      const made = await probe.query(`select 1 from bench_indicators_dataset`).catch(() => null);
      if (!made?.rowCount) return false;
      const complete = await probe
        .query(`select contacts, cases from bench_indicators_dataset`)
        .catch(() => null);
      return !complete;
    } catch {
      return false;
    } finally {
      await probe.end().catch(() => undefined);
    }
  })();
  if (stale) console.log('The data set lacks contacts or cases (made earlier): making it again.');
  if (args.has('fresh') || stale)
    await admin.query(`drop database if exists ${quoteIdent(database)} with (force)`);
  const exists = (await admin.query('select 1 from pg_database where datname = $1', [database]))
    .rowCount;
  if (!exists) await admin.query(`create database ${quoteIdent(database)}`);
  await admin.end();

  const client = new pg.Client({ connectionString: DATABASE_URL });
  await client.connect();
  const marker = await client
    .query(`select 1 from bench_indicators_dataset`)
    .then((r) => r.rowCount === 1)
    .catch(() => false);
  if (marker) {
    await client.end();
    return;
  }
  const start = Date.now();
  const handle = await openDatabase({ databaseUrl: DATABASE_URL, poolSize: 2 });
  await migrateToLatest(handle.db);
  await seedDemoCounty(handle.db);
  await handle.close();
  console.log(`Migrated and seeded in ${elapsed(start)}; generating…`);
  const step = async (label: string, sql: string) => {
    const t = Date.now();
    await client.query(sql);
    console.log(`  ${label}: ${elapsed(t)}`);
  };
  await client.query('set synchronous_commit = off');
  await step(
    'units',
    `create table bench_unit as select row_number() over (order by u.name)::int as n, u.id, u.organisation_id from unit u`,
  );
  await step(
    `${SIZE.persons} persons`,
    `insert into person (personal_identity_number, identity_number_kind, date_of_birth, given_name, family_name, sex)
     select '18' || lpad(g::text, 10, '0'), 'personnummer', date '1940-01-01' + (g * 7919 % 24000),
            'Bench', 'Person ' || g,
            case when g % 100 < 48 then 'female' when g % 100 < 97 then 'male' else 'unknown' end
     from generate_series(1, ${SIZE.persons}) g`,
  );
  await step(
    'person numbers',
    `create table bench_person as select row_number() over (order by personal_identity_number)::int as n, id
     from person where personal_identity_number like '18%'; create index on bench_person (n)`,
  );
  await step(
    'care relations',
    `insert into care_relation (person_id, unit_id, organisation_id, opened_at, closed_at)
     select p.id, u.id, u.organisation_id,
            timestamptz '2023-01-01 10:00+01' + (p.n * 37 % 1300) * interval '1 day',
            case when p.n % 100 < 12
              then timestamptz '2023-01-01 10:00+01' + (p.n * 37 % 1300 + 30 + p.n % 200) * interval '1 day' end
     from bench_person p join bench_unit u on u.n = 1 + p.n % (select count(*) from bench_unit);
     insert into care_relation (person_id, unit_id, organisation_id, opened_at)
     select p.id, u.id, u.organisation_id, timestamptz '2024-01-01 10:00+01' + (p.n * 11 % 900) * interval '1 day'
     from bench_person p join bench_unit u on u.n = 1 + (p.n + 3) % (select count(*) from bench_unit)
     where p.n % 10 < 4`,
  );
  await step(
    `${SIZE.screenings} screenings`,
    `insert into screening (person_id, instrument, definition_version, answers, points, total, interpretation,
                            performed_on, filled_in_by, recorded_by, unit_id, organisation_id)
     select p.id, case when g % 2 = 0 then 'AUDIT' else 'DUDIT' end, '1', '[]', '[]', g % 30, '{}',
            date '2024-01-01' + (g * 37 % 1096), 'staff', (select id from staff where username = 'anna.lakare'),
            u.id, u.organisation_id
     from generate_series(1, ${SIZE.screenings}) g
     join bench_person p on p.n = 1 + (g::bigint * 7919) % ${SIZE.persons}
     join bench_unit u on u.n = 1 + g % (select count(*) from bench_unit)`,
  );
  await step(
    `${SIZE.contacts} contacts`,
    `insert into contact (person_id, organisation_id, unit_id, contact_on, kind, status, recorded_by)
     select p.id, u.organisation_id, u.id, date '2024-01-01' + (g * 41 % 1096),
            (array['visit', 'phone', 'video', 'home-visit', 'group-session'])[1 + g % 5],
            case when g % 10 < 5 then 'held' when g % 10 < 7 then 'booked'
                 when g % 10 < 8 then 'cancelled' else 'no-show' end,
            (select id from staff where username = 'erik.socsek')
     from generate_series(1, ${SIZE.contacts}) g
     join bench_person p on p.n = 1 + (g::bigint * 7907) % ${SIZE.persons}
     join bench_unit u on u.n = 1 + (g / 7) % (select count(*) from bench_unit)`,
  );
  await step(
    `${SIZE.sips} SIPs, meetings and follow-ups`,
    `create table bench_sip as
       select gen_random_uuid() as id, g, p.id as person_id, u.id as unit_id, u.organisation_id,
              date '2024-01-01' + (g * 13 % 1000) as proposed_on
       from generate_series(1, ${SIZE.sips}) g
       join bench_person p on p.n = 1 + (g * 31) % ${SIZE.persons}
       join bench_unit u on u.n = 1 + g % (select count(*) from bench_unit);
     insert into sip (id, person_id, organisation_id, unit_id, status, proposed_on, proposal_source,
                      recorded_by, first_meeting_on, activated_on, ended_on, plan)
     select id, person_id, organisation_id, unit_id,
            case when g % 10 < 3 then 'closed' when g % 10 < 8 then 'active' else 'proposed' end,
            proposed_on, '{"kind":"staff"}', (select id from staff where username = 'erik.socsek'),
            case when g % 10 < 8 then proposed_on + 5 + g % 40 end,
            case when g % 10 < 8 then proposed_on + 20 + g % 30 end,
            case when g % 10 < 3 then proposed_on + 220 + g % 60 end, '{}'
     from bench_sip;
     insert into sip_meeting (sip_id, purpose, status, held_on, created_by)
     select id, 'planning', 'cancelled', null, (select id from staff where username = 'erik.socsek')
     from bench_sip where g % 10 = 9;
     insert into sip_meeting (sip_id, purpose, status, held_on, created_by)
     select id, 'planning', 'held', proposed_on + 5 + g % 40, (select id from staff where username = 'erik.socsek')
     from bench_sip where g % 10 < 8;
     insert into sip_follow_up (sip_id, held_on, plan_version, goals, interventions, decision, recorded_by)
     select id, proposed_on + 110 + g % 30, 1, '[]', '[]', 'continue', (select id from staff where username = 'erik.socsek')
     from bench_sip where g % 10 < 5`,
  );
  await step(
    `${SIZE.cases} cases`,
    // One case per person (at most one open case per person and unit); two thirds closed, one in
    // ten a reopening.
    `insert into care_case (person_id, organisation_id, unit_id, opened_on, reopened, closed_on,
                            outcome, recorded_by)
     select p.id, u.organisation_id, u.id, date '2024-01-01' + (g * 17 % 900), g % 10 = 0,
            case when g % 3 < 2 then date '2024-01-01' + (g * 17 % 900) + 30 + g % 300 end,
            case when g % 3 < 2 then (array['goals-met', 'partly-met', 'moved', 'transferred'])[1 + g % 4] end,
            (select id from staff where username = 'erik.socsek')
     from generate_series(1, ${SIZE.cases}) g
     join bench_person p on p.n = g * 3
     join bench_unit u on u.n = 1 + g % (select count(*) from bench_unit)`,
  );
  await step('analyze', 'analyze');
  await client.query(
    `create table bench_indicators_dataset as select now() as generated_at, ${SIZE.persons} as persons, ${SIZE.screenings} as screenings, ${SIZE.contacts} as contacts, ${SIZE.sips} as sips, ${SIZE.cases} as cases`,
  );
  await client.end();
  console.log(`Data set ready in ${elapsed(start)}.`);
}

/**
 * The floor: the county's figures in one hand-written statement over the same tables, with
 * production's rule for test persons (0020-d): neither a test person nor a test person's record
 * counts. The demo county's persons are test data; the generated persons are not.
 */
const FLOOR_SQL = `
with rel as (
  select cr.person_id, p.sex from care_relation cr join person p on p.id = cr.person_id
  where (cr.opened_at at time zone 'Europe/Stockholm')::date <= $2::date
    and (cr.closed_at is null or (cr.closed_at at time zone 'Europe/Stockholm')::date >= $1::date)
    and not p.test_data
), test_person as (
  select id from person where test_data
), sip_real as (
  select * from sip where person_id not in (select id from test_person)
), first_held as (
  select sip_id, min(held_on) as first_held from sip_meeting where status = 'held' group by sip_id
)
select
  (select count(distinct person_id) from rel) as persons,
  (select count(distinct person_id) from rel where sex = 'female') as persons_female,
  (select count(distinct person_id) from rel where sex = 'male') as persons_male,
  (select count(*) from screening where performed_on between $1 and $2 and instrument = 'AUDIT'
     and person_id not in (select id from test_person)) as audit,
  (select count(*) from screening where performed_on between $1 and $2 and instrument = 'DUDIT'
     and person_id not in (select id from test_person)) as dudit,
  (select count(*) from contact where status = 'held' and contact_on between $1 and $2
     and person_id not in (select id from test_person)) as contacts,
  (select count(*) from sip_real where activated_on between $1 and $2) as sips_established,
  (select count(*) from sip_real where ended_on between $1 and $2) as sips_closed,
  (select count(distinct f.sip_id) from sip_follow_up f join sip_real s on s.id = f.sip_id
     where f.held_on between $1 and $2) as sips_followed_up,
  (select count(*) from care_case where closed_on between $1 and $2
     and person_id not in (select id from test_person)) as cases_closed,
  (select count(*) from care_case where reopened and opened_on between $1 and $2
     and person_id not in (select id from test_person)) as cases_reopened,
  (select percentile_cont(0.5) within group (order by f.first_held - s.proposed_on)
     from sip_real s join first_held f on f.sip_id = s.id where f.first_held between $1 and $2) as median_days`;

const pct = (sorted: number[], p: number) =>
  sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!;
function stats(ms: number[]) {
  const s = [...ms].sort((a, b) => a - b);
  const r = (x: number) => Math.round(x * 100) / 100;
  return {
    n: s.length,
    p50: r(pct(s, 50)),
    p95: r(pct(s, 95)),
    p99: r(pct(s, 99)),
    max: r(s.at(-1)!),
  };
}
async function time<T>(f: () => Promise<T>): Promise<[number, T]> {
  const t = performance.now();
  const v = await f();
  return [performance.now() - t, v];
}

await ensureDataset();
const runs = numberArg(args, 'runs', 20);
const requests = numberArg(args, 'requests', 300);

// Floor.
const pool = new pg.Pool({ connectionString: DATABASE_URL, max: 4 });
const floorMs: number[] = [];
let floorRow: Record<string, unknown> = {};
for (let i = 0; i < runs + 2; i++) {
  const [ms, r] = await time(() => pool.query(FLOOR_SQL, [PERIOD.from, PERIOD.to]));
  if (i >= 2) floorMs.push(ms);
  floorRow = r.rows[0];
}
await pool.end();

// The real server, with production's rule for test persons, as the floor: the demo county's
// test persons and their records count in no figure (0020-d).
const PRODUCTION_RULE = { includeTestData: false };
const handle = await openDatabase({ databaseUrl: DATABASE_URL, poolSize: 20 });
const computeMs: number[] = [];
let county: { code: string; value: number | null }[] = [];
for (let i = 0; i < runs + 2; i++) {
  const [ms, grid] = await time(() => computeIndicatorGrid(handle.db, PERIOD, PRODUCTION_RULE));
  if (i >= 2) computeMs.push(ms);
  county = grid.scopes[0]!.indicators;
}
const config = {
  ...loadConfig({ ...process.env, DATABASE_URL, LOG_LEVEL: 'silent' }),
  ...PRODUCTION_RULE,
};
const app = await buildApp({ config, db: handle.db });
await app.ready();
const login = await app.inject({
  method: 'POST',
  url: '/api/auth/login',
  payload: { username: 'olle.analytiker', password: 'vardflata-demo' },
});
const cookie = `vf_session=${login.cookies.find((c) => c.name === 'vf_session')!.value}`;
const get = (url: string) => app.inject({ method: 'GET', url, headers: { cookie } });
const q = `from=${PERIOD.from}&to=${PERIOD.to}`;
const [firstMs, first] = await time(() => get(`/api/indicators/grid?${q}`));
if (first.statusCode !== 200) throw new Error(`grid answered ${first.statusCode}`);
const dashboardMs: number[] = [];
for (let i = 0; i < requests; i++) {
  const url = i % 2 ? `/api/indicators?${q}` : `/api/indicators/grid?${q}`;
  const [ms, res] = await time(() => get(url));
  if (res.statusCode !== 200) throw new Error(`${url} answered ${res.statusCode}`);
  dashboardMs.push(ms);
}
await app.close();
await handle.close();

// The floor and the app must give the same county figures, or the comparison means nothing.
const FLOOR_TO_CODE: Record<string, string> = {
  persons: 'persons',
  persons_female: 'persons-female',
  persons_male: 'persons-male',
  audit: 'audit-screenings',
  dudit: 'dudit-screenings',
  contacts: 'contacts',
  sips_established: 'sips-established',
  sips_closed: 'sips-closed',
  sips_followed_up: 'sips-followed-up',
  cases_closed: 'cases-closed',
  cases_reopened: 'cases-reopened',
  median_days: 'median-days-to-first-sip-meeting',
};
const disagreements = Object.entries(FLOOR_TO_CODE).flatMap(([column, code]) => {
  const floor = Number(floorRow[column]);
  const app = county.find((i) => i.code === code)?.value ?? null;
  return app === floor ? [] : [{ code, floor, app }];
});

const result = {
  at: new Date().toISOString(),
  period: PERIOD,
  dataset: SIZE,
  node: process.version,
  floor: stats(floorMs),
  compute: stats(computeMs),
  dashboard: { ...stats(dashboardMs), firstRequestMs: Math.round(firstMs) },
  ratio: {
    computeP95OverFloorP95: Math.round((stats(computeMs).p95 / stats(floorMs).p95) * 100) / 100,
    dashboardP95OverFloorP95: Math.round((stats(dashboardMs).p95 / stats(floorMs).p95) * 100) / 100,
  },
  check: {
    disagreements,
    floor: floorRow,
    app: Object.fromEntries(county.filter((i) => i.value !== null).map((i) => [i.code, i.value])),
  },
};
const dir = path.join(import.meta.dirname, 'results');
fs.mkdirSync(dir, { recursive: true });
const file = path.join(dir, `indicators-${result.at.replace(/[:.]/g, '-').slice(0, 19)}Z.json`);
fs.writeFileSync(file, `${JSON.stringify(result, null, 2)}\n`);
console.log(JSON.stringify(result, null, 2));
console.log(`Written to ${path.relative(process.cwd(), file)}`);
if (disagreements.length > 0) {
  console.error('The floor and the app disagree:', disagreements);
  process.exitCode = 1;
}
