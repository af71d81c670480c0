import { z } from 'zod';

/*
 * The building blocks every request schema uses, so bad input is refused the same way on every
 * route (400 naming the field) instead of failing deep in PostgreSQL with a 500. ESLint refuses
 * `z.uuid()`, `z.iso.*`, `z.coerce.number()` and `z.number().int()` elsewhere in contracts and
 * the server: use these.
 */

/**
 * A uuid, accepted in any letter case and handed on in PostgreSQL's canonical form (lower
 * case). The access log hashes ids as PostgreSQL stores them, so an id typed in upper case must
 * never reach a service as typed.
 */
export const uuid = z.uuid().toLowerCase();

/** The range of a PostgreSQL `integer` column. */
export const INT32_MIN = -2_147_483_648;
export const INT32_MAX = 2_147_483_647;

/** A whole number in a JSON body that a PostgreSQL integer holds. */
export const int32 = z.number().int().min(INT32_MIN).max(INT32_MAX);

/** The same from a path segment or a query string (text turned into a number). */
export const int32Param = z.coerce.number().int().min(INT32_MIN).max(INT32_MAX);

/** Years a date or time in Vårdfläta can have: PostgreSQL has no year 0, and nothing we record
 * lies before 1900. */
export const MIN_YEAR = 1900;
export const MAX_YEAR = 9999;
const yearInRange = (year: number) => year >= MIN_YEAR && year <= MAX_YEAR;
/** The year is checked only on a well-formed value, so a bad one gets one message, not two. */
const wellFormed = (payload: { issues: unknown[] }) => payload.issues.length === 0;

/** A calendar date, `YYYY-MM-DD`, from 1900-01-01 to 9999-12-31. */
export const isoDate = z.iso.date().refine((v) => yearInRange(Number(v.slice(0, 4))), {
  message: `must be a date from ${MIN_YEAR}-01-01 to ${MAX_YEAR}-12-31`,
  when: wellFormed,
});

/** An instant with an explicit offset or `Z`, whose UTC year lies in the same range. */
export const isoDateTimeInput = z.iso
  .datetime({ offset: true })
  .refine((v) => yearInRange(new Date(v).getUTCFullYear()), {
    message: `must be a time from ${MIN_YEAR} to ${MAX_YEAR}`,
    when: wellFormed,
  });

/** An instant in a response (ISO 8601 UTC). */
export const isoDateTime = z.string();

export const idParams = z.object({ id: uuid });

export const problemDetails = z.object({
  type: z.string(),
  title: z.string(),
  status: int32,
  detail: z.string().optional(),
  errors: z.array(z.object({ path: z.string(), message: z.string() })).optional(),
  missing: z.array(z.string()).optional(),
});
export type ProblemDetails = z.infer<typeof problemDetails>;

export const listOf = <T extends z.ZodType>(item: T) => z.object({ items: z.array(item) });
