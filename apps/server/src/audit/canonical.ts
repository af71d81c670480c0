/**
 * Canonical forms of the values that go into an access-log hash (security.md: ids in lower
 * case, times in UTC). PostgreSQL stores a uuid in its own canonical form (lower case,
 * hyphenated) and a timestamptz as an instant, so the verifier reads back those forms; the
 * hash must be computed over exactly the same text, whatever form a caller passed in.
 */

const HEX32 = /^[0-9a-f]{32}$/;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * The text PostgreSQL prints for a uuid given in any form it accepts (upper case, braces,
 * without hyphens). Throws on anything that is not a uuid: such a value must never reach the
 * log, and a hash over it could not be recomputed.
 */
export function canonicalUuid(value: string): string {
  let v = value.trim().toLowerCase();
  if (v.startsWith('{') && v.endsWith('}')) v = v.slice(1, -1);
  const hex = v.replace(/-/g, '');
  if (!HEX32.test(hex)) throw new TypeError(`not a uuid: ${JSON.stringify(value)}`);
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

export function canonicalUuidOrNull(value: string | null | undefined): string | null {
  return value === null || value === undefined ? null : canonicalUuid(value);
}

/** A hyphenated uuid in any letter case: what canonicalDetail lower-cases inside detail. */
export const looksLikeUuid = (value: string): boolean => UUID.test(value);

/**
 * An instant as ISO 8601 UTC with milliseconds (`…T…Z`), the form the verifier reads back from
 * a timestamptz. Refuses times PostgreSQL cannot hold the same way (invalid dates, years
 * outside 0001–9999), instead of hashing text that would never match.
 */
export function canonicalTime(value: Date | string): string {
  const d = value instanceof Date ? value : new Date(value);
  const ms = d.getTime();
  if (Number.isNaN(ms)) throw new TypeError(`not a time: ${String(value)}`);
  const iso = d.toISOString();
  if (!/^\d{4}-/.test(iso) || iso.startsWith('0000')) {
    throw new TypeError(`time out of range: ${iso}`);
  }
  return iso;
}

/**
 * The detail object with every uuid-shaped string in lower case, so the same record is always
 * named the same way in the log (the detail text is hashed as stored).
 */
export function canonicalDetail(
  detail: Record<string, string | number | boolean | null>,
): Record<string, string | number | boolean | null> {
  return Object.fromEntries(
    Object.entries(detail).map(([k, v]) => [
      k,
      typeof v === 'string' && looksLikeUuid(v) ? v.toLowerCase() : v,
    ]),
  );
}
