import { luhnCheckDigit } from '../identity/personal-identity-number.ts';

/**
 * The guard that keeps person data out of governance texts (deviations, disputes, minutes):
 * a run of 12 or 10 digits, with or without a hyphen (or plus) before the last four, whose
 * last ten digits pass the personnummer's Luhn check. Digits glued to other digits do not
 * count, so a longer number is not read as one.
 */
const CANDIDATE = /(?<!\d)(?:\d{2})?(\d{6})[-+]?(\d{4})(?!\d)/g;

export function containsIdentityNumber(text: string): boolean {
  for (const match of text.matchAll(CANDIDATE)) {
    const ten = `${match[1]}${match[2]}`;
    if (luhnCheckDigit(ten.slice(0, 9)) === Number(ten[9])) return true;
  }
  return false;
}

export const IDENTITY_NUMBER_REFUSED =
  'must not contain a personal identity number: describe the collaboration failure without person data';
