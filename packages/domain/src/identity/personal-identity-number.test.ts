import { describe, expect, it } from 'vitest';
import { ageOn, luhnCheckDigit, parseIdentityNumber } from './personal-identity-number.ts';

const TODAY = '2026-11-24';

describe('parseIdentityNumber', () => {
  it('accepts the long form with and without hyphen and stores 12 digits', () => {
    for (const input of ['19121212-1212', '191212121212']) {
      const r = parseIdentityNumber(input, TODAY);
      expect(r).toEqual({
        ok: true,
        value: { normalized: '191212121212', kind: 'personnummer', dateOfBirth: '1912-12-12' },
      });
    }
  });

  it('gives the short form the latest century that is not in the future', () => {
    const r = parseIdentityNumber('121212-1212', TODAY);
    expect(r.ok && r.value.normalized).toBe('201212121212');
  });

  it('puts a short-form date later this year in the previous century', () => {
    // 261231: Dec 31st 2026 has not come yet on 2026-11-24.
    const nine = '261231' + '123';
    const number = `261231-123${luhnCheckDigit(nine)}`;
    const r = parseIdentityNumber(number, TODAY);
    expect(r.ok && r.value.dateOfBirth).toBe('1926-12-31');
  });

  it('reads the plus sign as 100 years or older', () => {
    const r = parseIdentityNumber('121212+1212', TODAY);
    expect(r.ok && r.value.normalized).toBe('191212121212');
  });

  it('recognises a coordination number (day + 60)', () => {
    const nine = '701063' + '238';
    const r = parseIdentityNumber(`19701063-238${luhnCheckDigit(nine)}`, TODAY);
    expect(r).toMatchObject({
      ok: true,
      value: { kind: 'samordningsnummer', dateOfBirth: '1970-10-03' },
    });
  });

  it.each([
    ['19121212-1213', 'check-digit'],
    ['1912121212', 'check-digit'],
    ['19121312-1212', 'date'],
    ['19120230-1234', 'date'],
    ['19121292-1212', 'date'],
    ['20991212-1212', 'century'],
    ['17991212-1212', 'century'],
    ['19121212+1212', 'format'],
    ['1912-12-12', 'format'],
    ['abc', 'format'],
    ['', 'format'],
    ['19121212 1212', 'format'],
  ])('rejects %s (%s)', (input, error) => {
    const r = parseIdentityNumber(input, TODAY);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.error).toBe(error);
  });

  it('accepts 29 February only in leap years', () => {
    const leap = `20000229-123${luhnCheckDigit('000229123')}`;
    const notLeap = `20010229-123${luhnCheckDigit('010229123')}`;
    expect(parseIdentityNumber(leap, TODAY).ok).toBe(true);
    expect(parseIdentityNumber(notLeap, TODAY)).toMatchObject({ ok: false, error: 'date' });
  });
});

describe('ageOn', () => {
  it('counts whole years, turning on the birthday', () => {
    expect(ageOn('2000-11-24', '2026-11-23')).toBe(25);
    expect(ageOn('2000-11-24', '2026-11-24')).toBe(26);
  });
});
