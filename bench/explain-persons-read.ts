/**
 * Where the time of one GET /api/persons/:id goes: runs the server's own session lookup and
 * getPerson() once against the benchmark database, captures every statement they send, and
 * prints EXPLAIN (ANALYZE, BUFFERS) for each (writes inside a transaction that is rolled back).
 *
 * With --search, the same for GET /api/persons?q=<words> (the name search) instead.
 *
 *   npx tsx bench/explain-persons-read.ts [--person=<uuid>] [--search=Ekstrom]
 */
import pg from 'pg';
import { createSession, loadSession } from '../apps/server/src/auth/session-store.ts';
import { loadConfig } from '../apps/server/src/config.ts';
import { openDatabase } from '../apps/server/src/db/database.ts';
import { getPerson, searchPersons } from '../apps/server/src/modules/persons/persons.service.ts';
import { benchDatabaseUrl, parseArgs, SOCIAL_WORKER } from './lib/common.ts';

const args = parseArgs();
const databaseUrl = benchDatabaseUrl();
const config = loadConfig({ ...process.env, DATABASE_URL: databaseUrl, LOG_LEVEL: 'silent' });

const captured: { text: string; values: unknown[] }[] = [];
let capturing = false;
const proto = pg.Client.prototype as unknown as { query: (...a: unknown[]) => unknown };
const original = proto.query;
proto.query = function (this: unknown, ...a: unknown[]) {
  if (capturing && typeof a[0] === 'string') {
    captured.push({ text: a[0], values: Array.isArray(a[1]) ? (a[1] as unknown[]) : [] });
  } else if (capturing && a[0] && typeof a[0] === 'object' && 'text' in a[0]) {
    // A named prepared statement (db/prepared-statements.ts) comes as a query config.
    const config = a[0] as { text: string; values?: unknown[] };
    captured.push({ text: config.text, values: config.values ?? [] });
  }
  return original.apply(this, a);
};

const handle = await openDatabase({ databaseUrl, poolSize: 2 });
// The app's connection settings (db/database.ts): JIT off.
const client = new pg.Client({ connectionString: databaseUrl, options: '-c jit=off' });
await client.connect();
try {
  const staff = await client.query(`select s.id, s.unit_id from staff s where s.username = $1`, [
    SOCIAL_WORKER,
  ]);
  const { id: staffId, unit_id: unitId } = staff.rows[0];
  const personId =
    args.get('person') ??
    (
      await client.query(
        `select person_id from care_relation where unit_id = $1 and closed_at is null
          order by md5(person_id::text) limit 1`,
        [unitId],
      )
    ).rows[0].person_id;

  const { token } = await createSession(handle.db, staffId, 'active', config);
  capturing = true;
  const session = await loadSession(handle.db, token, config);
  const search = args.get('search');
  const started = performance.now();
  const found = search
    ? (await searchPersons(handle.db, session!.caller, search)).length
    : (await getPerson(handle.db, session!.caller, personId), 1);
  const ms = performance.now() - started;
  capturing = false;

  const what = search ? `GET /api/persons?q=${search}` : `GET /api/persons/${personId}`;
  console.log(
    `${what} as ${SOCIAL_WORKER}: ${captured.length} statements, ${found} found, ${ms.toFixed(1)} ms (first call, cold prepared statements)\n`,
  );
  for (const [i, q] of captured.entries()) {
    const oneLine = q.text.replace(/\s+/g, ' ').trim();
    console.log(`── ${i + 1}. ${oneLine}`);
    if (q.values.length) console.log(`   parameters: ${JSON.stringify(q.values)}`);
    if (/^(begin|commit|rollback)$/i.test(oneLine)) {
      console.log();
      continue;
    }
    const write = !/^select/i.test(oneLine);
    const values = [...q.values];
    // The log row was inserted for real already: a negative seq keeps (chain, seq) unique.
    if (/insert into "access_log"/.test(oneLine)) values[1] = String(-1 - i);
    if (write) await client.query('begin');
    try {
      const plan = await client.query(`explain (analyze, buffers) ${q.text}`, values);
      for (const row of plan.rows) console.log(`   ${row['QUERY PLAN']}`);
    } finally {
      if (write) await client.query('rollback');
    }
    console.log();
  }
} finally {
  await client.end();
  await handle.close();
}
