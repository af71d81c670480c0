import type { Db } from '../../../db/database.ts';
import { oldSegments, type ChainSegment } from '../repositories/access-log-retention.repository.ts';
import { recordHoldings } from '../repositories/retention.repository.ts';
import {
  clearableFrom,
  isClearable,
  recordKindOf,
  RETENTION_YEARS,
  yearsBefore,
} from '../retention.rules.ts';

export interface RetentionReport {
  asOf: string;
  rules: { kind: string; years: number }[];
  /** What would be cleared, and why: the kind, the last entry and the day the period ended. */
  clearable: {
    personId: string;
    organisationId: string;
    kind: string;
    lastEntryOn: string;
    clearableFrom: string;
  }[];
  /** Past their period but kept: a legal hold, or still in care. */
  kept: { personId: string; organisationId: string; kind: string; reason: 'legal-hold' | 'open' }[];
  /** Still inside their period (counted, not listed). */
  withinPeriod: number;
  accessLog: { cutoff: string; rows: number; segments: ChainSegment[] };
}

/** What the rules would clear on `asOf` — the dry run, and the plan the job carries out. */
export async function retentionReport(db: Db, asOf: string): Promise<RetentionReport> {
  const report: RetentionReport = {
    asOf,
    rules: Object.entries(RETENTION_YEARS).map(([kind, years]) => ({ kind, years })),
    clearable: [],
    kept: [],
    withinPeriod: 0,
    accessLog: { cutoff: yearsBefore(asOf, RETENTION_YEARS['access-log']), rows: 0, segments: [] },
  };
  for (const h of await recordHoldings(db)) {
    const kind = recordKindOf(h.organisation_kind);
    if (!isClearable(h.last_entry_on, kind, asOf)) {
      report.withinPeriod += 1;
      continue;
    }
    const who = { personId: h.person_id, organisationId: h.organisation_id, kind };
    if (h.held) report.kept.push({ ...who, reason: 'legal-hold' });
    else if (h.open) report.kept.push({ ...who, reason: 'open' });
    else
      report.clearable.push({
        ...who,
        lastEntryOn: h.last_entry_on,
        clearableFrom: clearableFrom(h.last_entry_on, kind),
      });
  }
  const segments = await oldSegments(db, report.accessLog.cutoff);
  report.accessLog.segments = segments;
  report.accessLog.rows = segments.reduce((sum, s) => sum + s.rows, 0);
  return report;
}
