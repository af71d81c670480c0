import type { JobHandler } from '../../jobs/handlers.ts';
import { RETENTION_JOB, runRetention } from './use-cases/run.ts';

export const RETENTION_JOB_HANDLERS: Record<string, JobHandler> = { [RETENTION_JOB]: runRetention };
