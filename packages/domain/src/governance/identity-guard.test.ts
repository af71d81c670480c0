import { describe, expect, it } from 'vitest';
import { containsIdentityNumber } from './identity-guard.ts';

describe('containsIdentityNumber', () => {
  it.each([
    'Gällde 19121212-1212 igen',
    'Gällde 191212121212.',
    'pnr 121212-1212',
    '1212121212 kom inte',
    'samordningsnummer 701063-2391',
  ])('finds a number that passes the Luhn check in %s', (text) => {
    expect(containsIdentityNumber(text)).toBe(true);
  });

  it.each([
    'Ingen svarade i telefon på tre dagar.',
    '19121212-1213 har fel kontrollsiffra',
    'Telefon 0701234567',
    'Ärende 2026-11-24, rum 12',
    '12345678901234 är ett längre nummer',
  ])('lets %s through', (text) => {
    expect(containsIdentityNumber(text)).toBe(false);
  });
});
