import { addDays } from '@vardflata/domain';
import { badRequest } from '../../http/problem.ts';

/**
 * Retention periods (security.md, "Retention"): social-services records are cleared 5 years after
 * the last entry; health records are kept at least 10 years; access logs at least 5 years.
 * The organisation that holds a record decides its kind: a municipality keeps social-services
 * records, a region or private care provider health records.
 */
export const RETENTION_YEARS = {
  'social-services': 5,
  health: 10,
  'access-log': 5,
} as const;
export type RecordKind = keyof typeof RETENTION_YEARS;

export function recordKindOf(organisationKind: string): Exclude<RecordKind, 'access-log'> {
  return organisationKind === 'municipality' ? 'social-services' : 'health';
}

/** The same calendar day `years` earlier (29 February falls back to 28 February). */
export function yearsBefore(day: string, years: number): string {
  const [y, m, d] = day.split('-').map(Number) as [number, number, number];
  const year = String(y - years).padStart(4, '0');
  const month = String(m).padStart(2, '0');
  const candidate = `${year}-${month}-${String(d).padStart(2, '0')}`;
  // Not a real day (29 Feb in a common year): take the last day of that month.
  return new Date(`${candidate}T00:00:00Z`).getUTCMonth() + 1 === m
    ? candidate
    : `${year}-${month}-28`;
}

/**
 * A record may be cleared on `asOf` only when its whole period has passed: its last entry lies
 * strictly before the day `years` before `asOf`. So a last entry on 2019-01-10 with 5 years is
 * kept on 2024-01-10 and may go from 2024-01-11. Returns the first day it may be cleared.
 */
export function clearableFrom(lastEntryDay: string, kind: RecordKind): string {
  const years = RETENTION_YEARS[kind];
  // The first asOf whose cutoff (asOf − years) is after the last entry.
  const [y, m, d] = lastEntryDay.split('-').map(Number) as [number, number, number];
  const sameDay = `${String(y + years).padStart(4, '0')}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
  const valid = new Date(`${sameDay}T00:00:00Z`).getUTCMonth() + 1 === m;
  return addDays(valid ? sameDay : `${sameDay.slice(0, 8)}28`, 1);
}

export function isClearable(lastEntryDay: string, kind: RecordKind, asOf: string): boolean {
  return lastEntryDay < yearsBefore(asOf, RETENTION_YEARS[kind]);
}

/** A run may look back, never ahead: nothing is cleared before its time. */
export function checkAsOf(asOf: string, today: string): void {
  if (asOf > today) throw badRequest([{ path: 'asOf', message: 'must not be after today' }]);
}
