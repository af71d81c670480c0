import { writeCheckpoint } from '../../../audit/checkpoint.ts';
import { appendAccessLog } from '../../../audit/access-log.ts';
import type { Db } from '../../../db/database.ts';
import type { JobHandler } from '../../../jobs/handlers.ts';
import { dropSegment } from '../repositories/access-log-retention.repository.ts';
import { clearHolding, recordRun } from '../repositories/retention.repository.ts';
import { retentionReport } from './report.ts';

/**
 * The clearing itself, as a background job (decision 0018-d): the report's plan carried out in
 * the job's transaction, each person's cleared records logged in the access log, the run with
 * what it cleared recorded in retention_run. The access log: its heads are exported first
 * ("checkpoint the head"), whole old segments dropped, and a checkpoint with the chains' new
 * bases exported after, so the chains stay verifiable.
 */
export const runRetention: JobHandler = async (trx, payload, { now }) => {
  const asOf = String(payload.asOf);
  const checkpointDir = String(payload.checkpointDir);
  const startedBy = typeof payload.startedBy === 'string' ? payload.startedBy : null;
  const plan = await retentionReport(trx as Db, asOf);

  const cleared: {
    personId: string;
    organisationId: string;
    kind: string;
    rows: Record<string, number>;
  }[] = [];
  for (const c of plan.clearable) {
    const rows = await clearHolding(trx, c.personId, c.organisationId);
    if (!rows) continue;
    cleared.push({ personId: c.personId, organisationId: c.organisationId, kind: c.kind, rows });
  }
  await appendAccessLog(
    trx,
    startedBy ? { staffId: startedBy, unitId: null, organisationId: null } : null,
    cleared.map((c) => ({
      personId: c.personId,
      action: 'retention.cleared' as const,
      ground: 'legal-ground' as const,
      outcome: 'allowed' as const,
      detail: { organisationId: c.organisationId, kind: c.kind, asOf },
    })),
  );

  let logRows = 0;
  if (plan.accessLog.segments.length > 0) {
    await writeCheckpoint(trx, checkpointDir);
    for (const segment of plan.accessLog.segments) logRows += await dropSegment(trx, segment, now);
    await writeCheckpoint(trx, checkpointDir);
  }
  await recordRun(trx, {
    asOf,
    dryRun: false,
    startedBy,
    report: {
      cleared,
      kept: plan.kept,
      accessLog: {
        cutoff: plan.accessLog.cutoff,
        rows: logRows,
        segments: plan.accessLog.segments,
      },
    },
  });
};
