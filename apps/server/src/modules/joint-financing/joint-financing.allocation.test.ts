import { describe, expect, it } from 'vitest';
import { allocate, daysInPeriod, toHundredths } from './joint-financing.allocation.ts';
import { kronor } from './joint-financing.presenter.ts';

const sum = (xs: number[]) => xs.reduce((s, x) => s + x, 0);

describe('allocate (largest remainder)', () => {
  it('splits 75/25 with the odd öre to the larger remainder', () => {
    // 1 000 001 × 0.25 = 250 000.25, × 0.75 = 750 000.75: the öre left goes to the 0.75.
    expect(allocate(1_000_001, [2500, 7500])).toEqual([250_000, 750_001]);
  });

  it('gives ties to the earlier part, so the same key always splits the same way', () => {
    expect(allocate(100, [1, 1, 1])).toEqual([34, 33, 33]);
    expect(allocate(2, [1, 1, 1])).toEqual([1, 1, 0]);
  });

  it('always sums exactly to the total, also with populations and large amounts', () => {
    const populations = [52_345, 31_007, 15_999, 8_888];
    for (const total of [0, 1, 99, 12_345_678, 987_654_321_012]) {
      const parts = allocate(total, populations);
      expect(sum(parts)).toBe(total);
      parts.forEach((p, i) => {
        const exact = (total * populations[i]!) / sum(populations);
        expect(Math.abs(p - exact)).toBeLessThan(1);
      });
    }
  });

  it('refuses what cannot be split: no weight, fractions of an öre', () => {
    expect(() => allocate(100, [0, 0])).toThrow();
    expect(() => allocate(10.5, [1])).toThrow();
    expect(() => allocate(-1, [1])).toThrow();
  });
});

describe('daysInPeriod', () => {
  const january = { startsOn: '2031-01-01', endsOn: '2031-01-31' };
  it('counts the nights from the start up to the day before it ended', () => {
    expect(daysInPeriod(january, { start: '2030-12-01', endedOn: null })).toBe(31);
    expect(daysInPeriod(january, { start: '2031-01-10', endedOn: null })).toBe(22);
    expect(daysInPeriod(january, { start: '2031-01-10', endedOn: '2031-01-15' })).toBe(5);
    expect(daysInPeriod(january, { start: '2030-11-01', endedOn: '2031-01-01' })).toBe(0);
    expect(daysInPeriod(january, { start: '2031-02-01', endedOn: null })).toBe(0);
  });
});

describe('money and shares', () => {
  it('says öre as Swedish kronor', () => {
    expect(kronor(1_234_500)).toBe('12 345,00 kr');
    expect(kronor(5)).toBe('0,05 kr');
    expect(kronor(1_234_567, 'en')).toBe('SEK 12,345.67');
  });
  it('keeps two decimals of a percent exactly', () => {
    expect(toHundredths(33.33)).toBe(3333);
    expect(toHundredths(0.07)).toBe(7);
  });
});
