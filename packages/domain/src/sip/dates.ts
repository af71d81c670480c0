/**
 * Calendar dates as `YYYY-MM-DD` strings. The SIP rules work on dates, not instants: the server
 * turns UTC times into Europe/Stockholm dates before calling them, so no time zone lives here.
 */
const DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** Days since 1970-01-01 for a real `YYYY-MM-DD` date, else null. */
function dayNumber(date: string): number | null {
  const m = DATE.exec(date);
  if (!m) return null;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const ms = Date.UTC(y, mo - 1, d);
  const back = new Date(ms);
  // Date.UTC rolls 2026-02-30 over into March; a real date survives the round trip.
  if (back.getUTCFullYear() !== y || back.getUTCMonth() !== mo - 1 || back.getUTCDate() !== d) {
    return null;
  }
  return ms / 86_400_000;
}

export function isValidDate(date: unknown): date is string {
  return typeof date === 'string' && dayNumber(date) !== null;
}

/** Whole days from `from` to `to` (negative when `to` is earlier); null if either is invalid. */
export function daysBetween(from: string, to: string): number | null {
  const a = dayNumber(from);
  const b = dayNumber(to);
  return a === null || b === null ? null : b - a;
}

/** The date `days` days after `date` (assumes a valid date). */
export function addDays(date: string, days: number): string {
  const n = dayNumber(date);
  if (n === null) throw new RangeError(`not a date: ${date}`);
  return new Date((n + days) * 86_400_000).toISOString().slice(0, 10);
}
