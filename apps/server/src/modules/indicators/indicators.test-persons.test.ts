import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { IndicatorGrid } from '@vardflata/contracts';
import { buildApp } from '../../app.ts';
import { loadConfig } from '../../config.ts';
import { startTestApp, type TestApp } from '../../test/harness.ts';
import { indicatorCounty } from './indicators.fixtures.ts';
import { computeIndicatorGrid } from './use-cases/compute-grid.ts';

/**
 * Test persons in follow-up (0020-d): in production mode they never count; outside it (the
 * embedded demo, whose persons are all test data) they do, and the answer says so. A year of
 * its own (2048): five ordinary and five test persons in care at unit A1.
 */
let t: TestApp;
let c: Awaited<ReturnType<typeof indicatorCounty>>;
const Y2048 = { from: '2048-01-01', to: '2048-12-31' };
const NOW = new Date('2049-01-01T12:00:00Z');

beforeAll(async () => {
  t = await startTestApp({}, { seed: false });
  c = await indicatorCounty(t.db);
  for (let i = 0; i < 10; i++) {
    const p = await c.person('female');
    await c.relation(p, c.units.a1, '2048-03-01');
    if (i >= 5)
      await t.db.updateTable('person').set({ test_data: true }).where('id', '=', p).execute();
  }
});
afterAll(async () => t?.close());

const persons = (grid: IndicatorGrid, scopeId: string | null) =>
  grid.scopes.find((s) => s.id === scopeId)!.indicators.find((i) => i.code === 'persons')!.value;

describe('the rule follows the mode', () => {
  const env = { LOG_LEVEL: 'silent', WEB_DIST_DIR: '/nonexistent' };

  it('counts test persons outside production mode only', () => {
    expect(loadConfig({ ...env, VARDFLATA_MODE: 'demo' }).includeTestData).toBe(true);
    expect(loadConfig({ ...env, VARDFLATA_MODE: 'production' }).includeTestData).toBe(false);
  });

  it('refuses to build a production server that would count test persons', async () => {
    const config = {
      ...loadConfig({ ...env, VARDFLATA_MODE: 'production' }),
      includeTestData: true,
    };
    await expect(buildApp({ config, db: t.db })).rejects.toThrow(/production mode/);
  });
});

describe('persons in the grid', () => {
  it('leaves test persons out in production mode', async () => {
    const grid = await computeIndicatorGrid(t.db, Y2048, { includeTestData: false }, NOW);
    expect(persons(grid, null)).toBe(5);
    expect(persons(grid, c.units.a1)).toBe(5);
    expect(grid.includesTestData).toBe(false);
  });

  it('counts them outside production mode, and the grid says so', async () => {
    const grid = await computeIndicatorGrid(t.db, Y2048, { includeTestData: true }, NOW);
    expect(persons(grid, null)).toBe(10);
    expect(persons(grid, c.orgA)).toBe(10);
    expect(persons(grid, c.units.a1)).toBe(10);
    expect(grid.includesTestData).toBe(true);
  });
});
