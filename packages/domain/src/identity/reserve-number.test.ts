import { describe, expect, it } from 'vitest';
import { parseIdentityNumber } from './personal-identity-number.ts';
import {
  estimatedDateOfBirth,
  formatReserveNumber,
  isReserveNumber,
  normalizeReserveNumber,
  reserveNumber,
} from './reserve-number.ts';

describe('reserve numbers', () => {
  it('are twelve characters with letters, so never a valid personnummer or samordningsnummer', () => {
    const n = reserveNumber(1985, 123);
    expect(n).toBe('1985RV000123');
    expect(n).toHaveLength(12);
    expect(isReserveNumber(n)).toBe(true);
    expect(parseIdentityNumber(n, '2026-01-01').ok).toBe(false);
    expect(isReserveNumber('198507011234')).toBe(false);
  });

  it('are read back however they are typed and written for people', () => {
    expect(normalizeReserveNumber('1985-rv-000123')).toBe('1985RV000123');
    expect(normalizeReserveNumber('19850701-1234')).toBeNull();
    expect(formatReserveNumber('1985RV000123')).toBe('1985-RV-000123');
  });

  it('refuse a year or serial out of range and store the middle of the year as the birth date', () => {
    expect(() => reserveNumber(1800, 1)).toThrow(RangeError);
    expect(() => reserveNumber(1985, 1_000_000)).toThrow(RangeError);
    expect(estimatedDateOfBirth(1985)).toBe('1985-07-01');
  });
});
