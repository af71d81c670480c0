import fs from 'node:fs';
import { PGlite } from '@electric-sql/pglite';
import { pg_trgm } from '@electric-sql/pglite/contrib/pg_trgm';
import { unaccent } from '@electric-sql/pglite/contrib/unaccent';
import { Kysely, PostgresDialect } from 'kysely';
import pg from 'pg';
import { lockEmbeddedDatabase } from './embedded-lock.ts';
import { PGliteDialect } from './pglite-dialect.ts';
import { prepareStatements } from './prepared-statements.ts';
import type { Database } from './schema.ts';

export type Db = Kysely<Database>;

export interface DatabaseHandle {
  db: Db;
  kind: 'pglite' | 'postgres';
  close(): Promise<void>;
}

// Both engines answer with the same JavaScript types: int8 and numeric as strings (no silent
// precision loss), dates as 'YYYY-MM-DD' strings (a date has no time zone), timestamps as Date.
const INT8 = 20;
const DATE = 1082;
const NUMERIC = 1700;
pg.types.setTypeParser(INT8, (v) => v);
pg.types.setTypeParser(DATE, (v) => v);
pg.types.setTypeParser(NUMERIC, (v) => v);

export interface DatabaseOptions {
  databaseUrl?: string | undefined;
  /** Folder of the embedded database; 'memory://' for a throw-away one. */
  dataDir?: string;
  poolSize?: number;
}

export async function openDatabase(options: DatabaseOptions): Promise<DatabaseHandle> {
  if (options.databaseUrl) {
    const pool = new pg.Pool({
      connectionString: options.databaseUrl,
      max: options.poolSize ?? 20,
      // JIT compilation off (unless the URL sets its own options): the name search's estimate
      // crosses jit_above_cost, and compiling cost 20–50 ms on every execution of a query that
      // runs in a few milliseconds (docs/benchmarks.md). The county's queries are short.
      ...(new URL(options.databaseUrl).searchParams.has('options')
        ? {}
        : { options: '-c jit=off' }),
    });
    prepareStatements(pool);
    const db = new Kysely<Database>({ dialect: new PostgresDialect({ pool }) });
    return { db, kind: 'postgres', close: () => db.destroy() };
  }
  const dataDir = options.dataDir ?? './data';
  const pgliteDir = dataDir === 'memory://' ? dataDir : `${dataDir}/pglite`;
  const unlock = dataDir === 'memory://' ? () => {} : lockEmbeddedDatabase(dataDir);
  if (dataDir !== 'memory://') fs.mkdirSync(pgliteDir, { recursive: true });
  const pglite = await PGlite.create(pgliteDir, {
    // The name search's extensions (migration 0017-a); a server has them from postgresql-contrib.
    extensions: { pg_trgm, unaccent },
    parsers: { [INT8]: (v: string) => v, [DATE]: (v: string) => v, [NUMERIC]: (v: string) => v },
  });
  const db = new Kysely<Database>({ dialect: new PGliteDialect(pglite) });
  return {
    db,
    kind: 'pglite',
    close: async () => {
      await db.destroy();
      unlock();
    },
  };
}
