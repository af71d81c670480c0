/**
 * Swedish personal identity numbers (personnummer) and coordination numbers
 * (samordningsnummer, day of birth + 60). Accepted on input as `YYYYMMDD-NNNN`, `YYYYMMDDNNNN`,
 * `YYMMDD-NNNN`, `YYMMDDNNNN` or `YYMMDD+NNNN` (the plus sign marks someone 100 or older);
 * stored as 12 digits.
 */
export type IdentityNumberKind = 'personnummer' | 'samordningsnummer';

export interface ParsedIdentityNumber {
  /** The canonical 12-digit form, YYYYMMDDNNNN. */
  normalized: string;
  kind: IdentityNumberKind;
  /** Date of birth, YYYY-MM-DD. */
  dateOfBirth: string;
}

export type IdentityNumberError = 'format' | 'date' | 'century' | 'check-digit';

export type IdentityNumberResult =
  | { ok: true; value: ParsedIdentityNumber }
  | { ok: false; error: IdentityNumberError; message: string };

const MESSAGES: Record<IdentityNumberError, string> = {
  format: 'must be YYYYMMDD-NNNN, YYYYMMDDNNNN, YYMMDD-NNNN or YYMMDD+NNNN',
  date: 'the date of birth is not a real date',
  century: 'the century cannot be determined or the date lies in the future',
  'check-digit': 'the check digit does not match',
};

const fail = (error: IdentityNumberError): IdentityNumberResult => ({
  ok: false,
  error,
  message: MESSAGES[error],
});

/** The Luhn check digit over the 9 digits YYMMDDNNN. */
export function luhnCheckDigit(nineDigits: string): number {
  let sum = 0;
  for (let i = 0; i < nineDigits.length; i++) {
    let d = Number(nineDigits[i]) * (i % 2 === 0 ? 2 : 1);
    if (d > 9) d -= 9;
    sum += d;
  }
  return (10 - (sum % 10)) % 10;
}

function isRealDate(year: number, month: number, day: number): boolean {
  const date = new Date(Date.UTC(year, month - 1, day));
  return (
    date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day
  );
}

/**
 * Parses and validates an identity number. `today` (YYYY-MM-DD) decides the century of the
 * short forms and rejects dates of birth in the future.
 */
export function parseIdentityNumber(
  input: string,
  today: string = new Date().toISOString().slice(0, 10),
): IdentityNumberResult {
  const match = /^(\d{2})?(\d{2})(\d{2})(\d{2})([-+]?)(\d{4})$/.exec(input.trim());
  if (!match) return fail('format');
  const [, centuryPart, yy, mm, dd, separator, tail] = match as unknown as [
    string,
    string | undefined,
    string,
    string,
    string,
    string,
    string,
  ];
  if (centuryPart !== undefined && separator === '+') return fail('format');

  const month = Number(mm);
  const rawDay = Number(dd);
  const kind: IdentityNumberKind = rawDay > 60 ? 'samordningsnummer' : 'personnummer';
  const day = kind === 'samordningsnummer' ? rawDay - 60 : rawDay;
  const todayYear = Number(today.slice(0, 4));

  let year: number;
  if (centuryPart !== undefined) {
    year = Number(centuryPart + yy);
    if (year < 1800) return fail('century');
  } else {
    // The short form: the latest year ending in YY that is not in the future, minus a hundred
    // years when the plus sign says the person is 100 or older.
    year = todayYear - ((((todayYear - Number(yy)) % 100) + 100) % 100);
    if (separator === '+') year -= 100;
  }

  const isoDate = (y: number) =>
    `${String(y).padStart(4, '0')}-${mm}-${String(day).padStart(2, '0')}`;
  if (!isRealDate(year, month, day)) return fail('date');
  if (isoDate(year) > today) {
    // A short form whose date lies later this year belongs to the previous century
    // (today 2026-11-24, 261231-NNNN: born 1926); a full form in the future is wrong.
    if (centuryPart !== undefined || separator === '+') return fail('century');
    year -= 100;
    if (!isRealDate(year, month, day)) return fail('date');
  }
  const checkDigit = luhnCheckDigit(yy + mm + dd + tail.slice(0, 3));
  if (checkDigit !== Number(tail[3])) return fail('check-digit');

  const normalized = `${String(year).padStart(4, '0')}${mm}${dd}${tail}`;
  return {
    ok: true,
    value: {
      normalized,
      kind,
      dateOfBirth: isoDate(year),
    },
  };
}

/** Formats the canonical 12 digits for display: YYYYMMDD-NNNN. */
export function formatIdentityNumber(normalized: string): string {
  return `${normalized.slice(0, 8)}-${normalized.slice(8)}`;
}

/** Whether a search text looks like (part of) an identity number rather than a name. */
export function looksLikeIdentityNumber(text: string): boolean {
  return /^[\d\s+-]{6,}$/.test(text.trim());
}

/** Age in whole years on a given date. */
export function ageOn(dateOfBirth: string, on: string): number {
  const [by, bm, bd] = dateOfBirth.split('-').map(Number) as [number, number, number];
  const [y, m, d] = on.split('-').map(Number) as [number, number, number];
  return y - by - (m < bm || (m === bm && d < bd) ? 1 : 0);
}
