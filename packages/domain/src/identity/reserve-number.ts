/**
 * Reserve numbers (reservnummer, decision 0019-b): the identity Vårdfläta issues to a person
 * whose personnummer is not known (a LOB intake without papers, an undocumented person).
 *
 * Shape: the approximate birth year, the letters "RV", a six-digit serial — `YYYYRVNNNNNN`,
 * twelve characters like a personnummer, so it fits the same column and lists. Like the
 * regions' own reserve numbers it carries letters where a personnummer has digits: a
 * personnummer and a samordningsnummer are twelve digits, so no reserve number can ever equal
 * one, and no Luhn check can make one pass as the other.
 */
export const RESERVE_NUMBER_PATTERN = /^(\d{4})RV(\d{6})$/;

/** The reserve number for an approximate birth year and a serial from the sequence. */
export function reserveNumber(birthYear: number, serial: number): string {
  if (!Number.isInteger(birthYear) || birthYear < 1900 || birthYear > 9999) {
    throw new RangeError('birth year out of range');
  }
  if (!Number.isInteger(serial) || serial < 1 || serial > 999_999) {
    throw new RangeError('serial out of range');
  }
  return `${birthYear}RV${String(serial).padStart(6, '0')}`;
}

export function isReserveNumber(text: string): boolean {
  return RESERVE_NUMBER_PATTERN.test(text);
}

/** What was typed, as a stored reserve number (spaces, dashes and case ignored), or null. */
export function normalizeReserveNumber(text: string): string | null {
  const compact = text.replace(/[\s-]/g, '').toUpperCase();
  return isReserveNumber(compact) ? compact : null;
}

/** Written for people: "1985-RV-000123". */
export function formatReserveNumber(stored: string): string {
  const m = RESERVE_NUMBER_PATTERN.exec(stored);
  return m ? `${m[1]}-RV-${m[2]}` : stored;
}

/**
 * The birth date stored for an approximate birth year: 1 July, the middle of the year, so an
 * age worked out from it is at most half a year off. The kind `reservnummer` says it is an
 * estimate; screens show the year only.
 */
export function estimatedDateOfBirth(birthYear: number): string {
  return `${birthYear}-07-01`;
}
