import type { JobHandler } from '../../jobs/handlers.ts';
import { runRetention } from './use-cases/run-retention.ts';

export const RETENTION_JOB = 'retention.run';

export const RETENTION_JOB_HANDLERS: Record<string, JobHandler> = { [RETENTION_JOB]: runRetention };
