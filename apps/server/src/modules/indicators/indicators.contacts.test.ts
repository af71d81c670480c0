import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { IndicatorGrid } from '@vardflata/contracts';
import { INDICATORS, isAvailable } from '@vardflata/domain';
import { startTestApp, type TestApp } from '../../test/harness.ts';
import { indicatorCounty } from './indicators.fixtures.ts';
import { computeIndicatorGrid } from './use-cases/compute-grid.ts';

/**
 * Visits and contacts (F9, decision 0020-c): the held contacts of a year of their own, counted
 * at the unit that had them, with contacts just outside the year and contacts that were not
 * held, which must not count; a unit with 3 is hidden, and its sibling with it.
 */
let t: TestApp;
let c: Awaited<ReturnType<typeof indicatorCounty>>;

beforeAll(async () => {
  t = await startTestApp({}, { seed: false });
  c = await indicatorCounty(t.db);
});
afterAll(async () => t?.close());

const YEAR = { from: '2057-01-01', to: '2057-12-31' };
/** Production's rule: test persons never count (the demo's rule is in indicators.test-persons). */
const PRODUCTION = { includeTestData: false };
const NOW = new Date('2060-01-01T12:00:00Z');

function at(grid: IndicatorGrid, scopeId: string | null) {
  const scope = grid.scopes.find((s) => s.id === scopeId)!;
  const v = scope.indicators.find((i) => i.code === 'contacts')!;
  expect(v.available).toBe(true);
  return v.suppressed ? 'hidden' : v.value;
}

describe('the contacts indicator', () => {
  it('is available, and its counting rule says only held contacts count', () => {
    const d = INDICATORS.find((x) => x.code === 'contacts')!;
    expect(isAvailable(d)).toBe(true);
    expect(d.reads).toEqual(['contact']);
    expect(d.counting.sv).toContain('genomförd');
    expect(d.counting.en).toContain('held');
  });

  it('counts held contacts in the period at the unit that had them; 1–4 are hidden', async () => {
    // A1: six held, on the first and last days of the year among them.
    for (const on of ['2057-01-01', '2057-03-10', '2057-03-10', '2057-06-01', '2057-09-09'])
      await c.contact(c.units.a1, on);
    await c.contact(c.units.a1, '2057-12-31');
    // Just outside the year, and in it but not held: none of these count.
    await c.contact(c.units.a1, '2056-12-31');
    await c.contact(c.units.a1, '2058-01-01');
    await c.contact(c.units.a1, '2057-05-05', 'booked');
    await c.contact(c.units.a1, '2057-05-05', 'cancelled');
    await c.contact(c.units.a1, '2057-05-05', 'no-show');
    // A2: three held (1–4: hidden). B1: five held (shown).
    for (let i = 0; i < 3; i++) await c.contact(c.units.a2, '2057-04-0' + String(i + 1));
    await c.contact(c.units.a2, '2057-04-04', 'no-show');
    for (let i = 0; i < 5; i++) await c.contact(c.units.b1, '2057-08-1' + String(i));

    const grid = await computeIndicatorGrid(t.db, YEAR, PRODUCTION, NOW);
    expect(at(grid, c.units.b1)).toBe(5);
    expect(at(grid, c.orgB)).toBe(5);
    expect(at(grid, c.units.a2)).toBe('hidden');
    // A1's 6 would give A2's 3 away from Region A's 9: hidden with it.
    expect(at(grid, c.units.a1)).toBe('hidden');
    expect(at(grid, c.orgA)).toBe(9);
    expect(at(grid, null)).toBe(14);

    // The year before holds one held contact at A1 only: hidden, never shown as 1.
    const before = await computeIndicatorGrid(
      t.db,
      { from: '2056-01-01', to: '2056-12-31' },
      PRODUCTION,
      NOW,
    );
    expect(at(before, c.units.a1)).toBe('hidden');
    expect(at(before, c.units.b1)).toBe(0);
  });
});
