import { loadConfig } from '../config.ts';
import { openDatabase } from '../db/database.ts';
import { describeVerification } from './verify-report.ts';
import { verifyAccessLog } from './verify.ts';

/** `npm run log:verify`: exit 0 and the row count when every chain is intact, else 1, the first
 * broken row and then every other one. Reads DATABASE_URL, or the embedded database when it is
 * unset. */
const config = loadConfig();
const handle = await openDatabase({
  databaseUrl: config.databaseUrl,
  dataDir: config.dataDir,
  poolSize: 2,
});
try {
  const result = await verifyAccessLog(handle.db, config.logCheckpointDir);
  const lines = describeVerification(result);
  if (result.ok) {
    console.log(lines.join('\n'));
  } else {
    console.error(lines.join('\n'));
    process.exitCode = 1;
  }
} finally {
  await handle.close();
}
