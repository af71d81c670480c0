import { z } from 'zod';
import { isoDate, uuid } from './common.ts';

/** platform: retention (gallring). */
export const retentionAsOfQuery = z.object({ asOf: isoDate.optional() });
export const retentionRunBody = z.object({ asOf: isoDate.optional() }).nullish();
export const legalHoldBody = z.object({ reason: z.string().trim().min(1).max(2000) });
export const legalHold = z.object({
  personId: uuid,
  held: z.boolean(),
  reason: z.string().optional(),
});
export const retentionReportOut = z.object({
  asOf: z.string(),
  rules: z.array(z.object({ kind: z.string(), years: z.number() })),
  clearable: z.array(
    z.object({
      personId: uuid,
      organisationId: uuid,
      kind: z.string(),
      lastEntryOn: z.string(),
      clearableFrom: z.string(),
    }),
  ),
  kept: z.array(
    z.object({ personId: uuid, organisationId: uuid, kind: z.string(), reason: z.string() }),
  ),
  withinPeriod: z.number(),
  accessLog: z.object({
    cutoff: z.string(),
    rows: z.number(),
    segments: z.array(
      z.object({
        chain: z.number(),
        fromSeq: z.string(),
        throughSeq: z.string(),
        rows: z.number(),
      }),
    ),
  }),
});
export const retentionRunQueued = z.object({ queued: z.literal(true), asOf: z.string() });
export const retentionRunOut = z.object({
  id: uuid,
  asOf: z.string(),
  dryRun: z.boolean(),
  ranAt: z.string(),
  report: z.record(z.string(), z.unknown()),
});
