import type { Db } from '../db/database.ts';
import { SIP_JOB_HANDLERS, SIP_RECURRING_JOBS } from '../modules/sip/sip.jobs.ts';
// gov: the dispute ladder's clock
import { DISPUTE_JOB_HANDLERS, DISPUTE_RECURRING_JOBS } from '../modules/disputes/disputes.jobs.ts';
import {
  AGREEMENT_JOB_HANDLERS,
  AGREEMENT_RECURRING_JOBS,
} from '../modules/agreements/agreements.jobs.ts';
// platform: retention
import { RETENTION_JOB_HANDLERS } from '../modules/retention/retention.jobs.ts';

/** A job's work, run inside the transaction that also completes the job. Must be idempotent. */
export type JobHandler = (
  trx: Db,
  payload: Record<string, unknown>,
  context: { now: Date; jobId: string },
) => Promise<void | { rescheduleAt: Date }>;

/** Every kind of job the runner knows, by name. */
export const JOB_HANDLERS: Record<string, JobHandler> = {
  ...SIP_JOB_HANDLERS,
  // gov:
  ...DISPUTE_JOB_HANDLERS,
  ...AGREEMENT_JOB_HANDLERS,
  // platform:
  ...RETENTION_JOB_HANDLERS,
};

/** Jobs that re-schedule themselves and must always exist (one row each, keyed by kind). */
export const RECURRING_JOBS: readonly string[] = [
  ...SIP_RECURRING_JOBS,
  // gov:
  ...DISPUTE_RECURRING_JOBS,
  ...AGREEMENT_RECURRING_JOBS,
];
