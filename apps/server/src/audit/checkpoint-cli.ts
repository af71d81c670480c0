import { loadConfig } from '../config.ts';
import { openDatabase } from '../db/database.ts';
import { writeCheckpoint } from './checkpoint.ts';

/** `npm run log:checkpoint`: exports the chain heads now (the server also does it every 5 min). */
const config = loadConfig();
const handle = await openDatabase({
  databaseUrl: config.databaseUrl,
  dataDir: config.dataDir,
  poolSize: 2,
});
try {
  const checkpoint = await writeCheckpoint(handle.db, config.logCheckpointDir);
  console.log(`Checkpoint written: ${checkpoint.file}`);
} finally {
  await handle.close();
}
