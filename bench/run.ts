/**
 * `npm run bench`: generates the county data set when it is missing (or with --fresh), then
 * runs the persons-read benchmark. Options are passed on to both steps:
 *   --fresh  --persons=N --log-rows=N --seed=N  --connections=20 --duration=20 --warmup=5 --only=app|floor
 *   --skip-generate  (benchmark whatever data set is there)
 */
import { generate } from './generate.ts';
import {
  benchDatabaseUrl,
  datasetSize,
  datasetStatus,
  isComplete,
  numberArg,
  parseArgs,
} from './lib/common.ts';
import { personsReadOptions, runPersonsRead } from './persons-read.ts';

const args = parseArgs();
const databaseUrl = benchDatabaseUrl();
const size = datasetSize(args);

console.log(`Benchmark database: ${databaseUrl.replace(/\/\/([^:@/]+):[^@/]*@/, '//$1:***@')}`);
if (!args.has('skip-generate')) {
  const status = await datasetStatus(databaseUrl);
  const complete = isComplete(status, size);
  if (args.has('fresh') || !complete) {
    if (status.exists && !complete && !args.has('fresh')) {
      console.log('The benchmark database holds no complete data set: generating it afresh.');
    }
    await generate({
      databaseUrl,
      fresh: args.has('fresh') || status.exists,
      size,
      seed: numberArg(args, 'seed', 20251124),
    });
  } else {
    console.log(
      `Data set present (${status.benchPersons} generated persons, ${status.logRows} access-log rows); --fresh regenerates it.`,
    );
  }
}
await runPersonsRead(personsReadOptions(args));
