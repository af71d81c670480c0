import { z } from 'zod';
import { int32, isoDate, uuid } from './common.ts';

/** A pseudonymised research extract (F11): keyed pseudonyms, k-anonymity checked, logged. */
export const researchExtractBody = z
  .object({
    /** The research project: pseudonyms are stable within a project and differ between them. */
    project: z.string().trim().min(1).max(100),
    from: isoDate,
    to: isoDate,
    k: int32.min(3).max(50).default(5),
  })
  .refine((b) => b.from <= b.to, {
    message: 'must not be after to',
    path: ['from'],
    when: (payload) => {
      const v = payload.value as { from?: unknown; to?: unknown };
      return typeof v.from === 'string' && typeof v.to === 'string';
    },
  });
export type ResearchExtractBody = z.infer<typeof researchExtractBody>;

export const researchExtractRow = z.object({
  pseudonym: z.string(),
  sex: z.enum(['female', 'male', 'unknown']),
  ageBand: z.string(),
  /** The kinds of organisation the person was in care with: 'municipality', 'region', … */
  principals: z.string(),
  auditScreenings: int32,
  duditScreenings: int32,
  sips: int32,
});

export const researchExtract = z.object({
  id: uuid,
  project: z.string(),
  from: z.string(),
  to: z.string(),
  k: int32,
  quasiIdentifiers: z.array(z.string()),
  released: int32,
  /** Rows in a group of fewer than k persons with the same quasi-identifiers: not released. */
  withheld: int32,
  rows: z.array(researchExtractRow),
});
export type ResearchExtract = z.infer<typeof researchExtract>;
