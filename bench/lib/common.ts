import pg from 'pg';

/** The benchmark database; never the application's own (it is dropped with --fresh). */
export const DEFAULT_DATABASE_URL = 'postgres://postgres@127.0.0.1:5432/vardflata_bench';

export function benchDatabaseUrl(): string {
  return process.env.DATABASE_URL || DEFAULT_DATABASE_URL;
}

/** The size of the county data set (generate.ts), overridable for quick trial runs. */
export interface DatasetSize {
  persons: number;
  logRows: number;
}

export const COUNTY_SIZE: DatasetSize = { persons: 100_000, logRows: 1_000_000 };

export const SOCIAL_WORKER = 'erik.socsek';
export const SOCIAL_WORKER_UNIT = 'Socialtjänst Vuxen Exempelby';

/** `--name=value` and `--flag` arguments. */
export function parseArgs(argv: string[] = process.argv.slice(2)): Map<string, string> {
  const args = new Map<string, string>();
  for (const arg of argv) {
    const m = /^--([^=]+)(?:=(.*))?$/.exec(arg);
    if (m) args.set(m[1]!, m[2] ?? 'true');
  }
  return args;
}

export function numberArg(args: Map<string, string>, name: string, fallback: number): number {
  const raw = args.get(name);
  if (raw === undefined) return fallback;
  const value = Number(raw.replace(/_/g, ''));
  if (!Number.isFinite(value) || value < 0) throw new Error(`--${name} must be a number`);
  return value;
}

export function datasetSize(args: Map<string, string>): DatasetSize {
  return {
    persons: numberArg(args, 'persons', COUNTY_SIZE.persons),
    logRows: numberArg(args, 'log-rows', COUNTY_SIZE.logRows),
  };
}

/** The same server, database `postgres` (to create or drop the benchmark database). */
export function adminUrl(databaseUrl: string): { url: string; database: string } {
  const url = new URL(databaseUrl);
  const database = decodeURIComponent(url.pathname.replace(/^\//, ''));
  if (!database) throw new Error(`DATABASE_URL names no database: ${databaseUrl}`);
  url.pathname = '/postgres';
  return { url: url.toString(), database };
}

export const quoteIdent = (name: string) => `"${name.replace(/"/g, '""')}"`;

export async function databaseExists(databaseUrl: string): Promise<boolean> {
  const { url, database } = adminUrl(databaseUrl);
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const r = await client.query('select 1 from pg_database where datname = $1', [database]);
    return r.rowCount === 1;
  } finally {
    await client.end();
  }
}

export interface DatasetStatus {
  exists: boolean;
  /** Every person in the database (the demo county has 36). */
  persons: number;
  /** Persons written by a completed generate.ts run (from its marker table bench_dataset). */
  benchPersons: number;
  careRelations: number;
  consents: number;
  /** Rows in the access log (sum of the chain heads' sequence numbers). */
  logRows: number;
}

/** What a previous generate.ts run left in the database. */
export async function datasetStatus(databaseUrl: string): Promise<DatasetStatus> {
  const empty = { persons: 0, benchPersons: 0, careRelations: 0, consents: 0, logRows: 0 };
  if (!(await databaseExists(databaseUrl))) return { exists: false, ...empty };
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    const tables = await client.query<{ table_name: string }>(
      `select table_name from information_schema.tables
        where table_schema = 'public' and table_name in ('person', 'access_log_chain_head', 'bench_dataset')`,
    );
    const has = (name: string) => tables.rows.some((t) => t.table_name === name);
    if (!has('person') || !has('access_log_chain_head')) return { exists: true, ...empty };
    const marker = has('bench_dataset')
      ? '(select coalesce(sum(persons), 0) from bench_dataset)::int'
      : '0';
    const r = await client.query(`
      select (select count(*) from person)::int as persons,
             ${marker} as bench_persons,
             (select count(*) from care_relation)::int as relations,
             (select count(*) from consent)::int as consents,
             (select coalesce(sum(seq), 0) from access_log_chain_head)::bigint::text as log_rows`);
    const row = r.rows[0];
    return {
      exists: true,
      persons: row.persons,
      benchPersons: row.bench_persons,
      careRelations: row.relations,
      consents: row.consents,
      logRows: Number(row.log_rows),
    };
  } finally {
    await client.end();
  }
}

export function isComplete(status: DatasetStatus, size: DatasetSize): boolean {
  return status.benchPersons >= size.persons && status.logRows >= size.logRows;
}

export const elapsed = (startMs: number) => `${((Date.now() - startMs) / 1000).toFixed(1)} s`;

/** Small, fast, seeded PRNG (mulberry32): the same seed gives the same data set. */
export function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
