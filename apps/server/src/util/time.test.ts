import { describe, expect, it } from 'vitest';
import { todayInStockholm } from './time.ts';

describe('todayInStockholm', () => {
  it('turns the date at Stockholm midnight, in winter and in summer time', () => {
    const cases: [string, string][] = [
      ['2026-01-15T22:59:59.999Z', '2026-01-15'],
      ['2026-01-15T23:00:00.000Z', '2026-01-16'],
      ['2026-06-30T21:59:59.999Z', '2026-06-30'],
      ['2026-06-30T22:00:00.000Z', '2026-07-01'],
      // The same minute again after another: the remembered minute is not reused wrongly.
      ['2026-01-15T22:59:30.000Z', '2026-01-15'],
    ];
    for (const [at, date] of cases) expect(todayInStockholm(new Date(at))).toBe(date);
  });

  it('refuses an invalid date rather than answering an earlier one', () => {
    todayInStockholm(new Date('2026-01-15T12:00:00Z'));
    expect(() => todayInStockholm(new Date('not a date'))).toThrow(RangeError);
  });
});
