import { buildApp } from './app.ts';
import { writeCheckpoint } from './audit/checkpoint.ts';
import { loadConfig } from './config.ts';
import { openDatabase } from './db/database.ts';
import { migrateToLatest } from './db/migrate.ts';
import { seedDemoCounty } from './db/seed/demo-county.ts';
import { startJobRunner } from './jobs/runner.ts';

const CHECKPOINT_EVERY_MS = 5 * 60_000;

async function main(): Promise<void> {
  const config = loadConfig();
  const handle = await openDatabase({ databaseUrl: config.databaseUrl, dataDir: config.dataDir });
  const applied = await migrateToLatest(handle.db);
  if (config.seedDemo && (await seedDemoCounty(handle.db))) {
    console.info('Seeded the demo county (password for every demo account: vardflata-demo).');
  }
  const app = await buildApp({ config, db: handle.db });
  if (applied.length) app.log.info({ applied }, 'migrations applied');

  const checkpoint = () =>
    writeCheckpoint(handle.db, config.logCheckpointDir).catch((err: unknown) =>
      app.log.error({ err }, 'access-log checkpoint failed'),
    );
  const timer = setInterval(checkpoint, CHECKPOINT_EVERY_MS);

  let jobs: { stop(): Promise<void> } | null = null;
  let stopping = false;
  const stop = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    app.log.info({ signal }, 'stopping');
    clearInterval(timer);
    await jobs?.stop();
    await app.close();
    await checkpoint();
    await handle.close();
    process.exit(0);
  };
  process.on('SIGINT', () => void stop('SIGINT'));
  process.on('SIGTERM', () => void stop('SIGTERM'));

  await app.listen({ port: config.port, host: config.host });
  // Background jobs (P6): what fell due while the server was down runs on the first pass.
  jobs =
    config.jobPollMilliseconds > 0
      ? startJobRunner(handle.db, {
          pollMilliseconds: config.jobPollMilliseconds,
          onError: (err) => app.log.error({ err }, 'background job pass failed'),
        })
      : null;
  await checkpoint();
  app.log.info(
    `Vårdfläta on ${config.tls ? 'https' : 'http'}://localhost:${config.port} (${handle.kind}${config.productionMode ? ', production mode' : ''})`,
  );
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
