/**
 * Brings a benchmark database up to the server's latest migrations (a data set generated before
 * a migration landed), without regenerating it: the benchmark servers open the database but do
 * not migrate it.
 *
 *   DATABASE_URL=postgres://…/vardflata_bench npx tsx bench/migrate.ts
 */
import { openDatabase } from '../apps/server/src/db/database.ts';
import { migrateToLatest } from '../apps/server/src/db/migrate.ts';

const handle = await openDatabase({ databaseUrl: process.env.DATABASE_URL!, poolSize: 2 });
console.log(await migrateToLatest(handle.db));
await handle.close();
