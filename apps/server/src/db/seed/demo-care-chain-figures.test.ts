import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addDays } from '@vardflata/domain';
import { computeIndicatorGrid } from '../../modules/indicators/use-cases/compute-grid.ts';
import { startTestApp, type TestApp } from '../../test/harness.ts';
import { todayInStockholm } from '../../util/time.ts';

/**
 * The demo county shows figures for the care-chain indicators (issue 10): over the last 200
 * days — the seed tells its records on days relative to the same today — each is at least 5
 * in the county, so none is hidden as a small count.
 */
let t: TestApp;
beforeAll(async () => {
  t = await startTestApp();
});
afterAll(async () => t?.close());

describe('demo care-chain figures', () => {
  it('gives the county a shown value of 5 or more for each count of the care chain', async () => {
    const today = todayInStockholm();
    // The demo's rule: outside production mode test persons and their records count (0020-d).
    const grid = await computeIndicatorGrid(
      t.db,
      { from: addDays(today, -200), to: today },
      { includeTestData: t.config.includeTestData },
    );
    const county = grid.scopes.find((s) => s.kind === 'county')!;
    for (const code of [
      'medication-interventions',
      'group-treatment',
      'individual-treatment',
      'laro-under-lvm',
      'children-as-relatives-supported',
      'cases-reopened',
      // The demo persons are test data; outside production mode they count (0020-d).
      'persons',
    ]) {
      const v = county.indicators.find((i) => i.code === code)!;
      expect({ code, suppressed: v.suppressed }).toEqual({ code, suppressed: false });
      expect(v.value, code).toBeGreaterThanOrEqual(5);
    }
  });
});
