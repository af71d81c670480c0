import { loadConfig } from '../config.ts';
import { openDatabase } from '../db/database.ts';
import { verifyAccessLog } from './verify.ts';

/** `npm run log:verify`: exit 0 and the row count when the chain is intact, else 1 and the
 * first broken row. Reads DATABASE_URL, or the embedded database when it is unset. */
const config = loadConfig();
const handle = await openDatabase({
  databaseUrl: config.databaseUrl,
  dataDir: config.dataDir,
  poolSize: 2,
});
try {
  const result = await verifyAccessLog(handle.db, config.logCheckpointDir);
  if (result.ok) {
    console.log(
      `Access log intact: ${result.rows} rows verified` +
        (result.checkpoint ? `, consistent with checkpoint ${result.checkpoint}.` : '.'),
    );
  } else {
    const { id, chain, seq } = result.brokenAt;
    console.error(
      `Access log BROKEN at row id ${id ?? '(none)'} (chain ${chain}, sequence ${seq}): ${result.reason}. ` +
        `${result.rows} rows before it verified.`,
    );
    process.exitCode = 1;
  }
} finally {
  await handle.close();
}
