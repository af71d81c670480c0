/**
 * The real Vårdfläta server for the benchmark, in a child process of persons-read.ts:
 * buildApp() with loadConfig() and openDatabase(DATABASE_URL, pool of 20), logging off,
 * listening on a free port of 127.0.0.1. Reports { type: 'ready', port } over IPC.
 */
import { buildApp } from '../../apps/server/src/app.ts';
import { loadConfig } from '../../apps/server/src/config.ts';
import { openDatabase } from '../../apps/server/src/db/database.ts';
import { benchDatabaseUrl } from '../lib/common.ts';
import { installQueryCounter, serveStats } from '../lib/query-counter.ts';

const counter = installQueryCounter();
const databaseUrl = benchDatabaseUrl();
const config = loadConfig({ ...process.env, DATABASE_URL: databaseUrl, LOG_LEVEL: 'silent' });
const handle = await openDatabase({ databaseUrl, poolSize: 20 });
const app = await buildApp({ config, db: handle.db });
await app.listen({ port: 0, host: '127.0.0.1' });
const address = app.server.address();
const port = typeof address === 'object' && address ? address.port : 0;

serveStats(counter, async () => {
  await app.close();
  await handle.close();
});
process.send?.({ type: 'ready', port });
