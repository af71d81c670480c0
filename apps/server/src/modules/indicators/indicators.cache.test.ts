import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '../../test/harness.ts';
import { indicatorCounty } from './indicators.fixtures.ts';
import { IndicatorCache } from './use-cases/indicator-cache.shared.ts';

/** Figures are at most a minute old, and an answer says when it was computed. */
let t: TestApp;
let c: Awaited<ReturnType<typeof indicatorCounty>>;
const PERIOD = { from: '2043-01-01', to: '2043-12-31' };
const T0 = Date.parse('2043-06-01T08:00:00Z');

beforeAll(async () => {
  t = await startTestApp({}, { seed: false });
  c = await indicatorCounty(t.db);
});
afterAll(async () => t?.close());

const audits = async (cache: IndicatorCache) =>
  (await cache.grid(PERIOD)).scopes[0]!.indicators.find((i) => i.code === 'audit-screenings')!
    .value;

describe('IndicatorCache', () => {
  it('keeps a grid under a minute, refreshes it in the background, recomputes after a minute', async () => {
    let now = T0;
    const cache = new IndicatorCache(t.db, { includeTestData: false }, () => now);
    for (let i = 0; i < 5; i++) await c.screening(c.units.a1, 'AUDIT', '2043-03-01');
    expect(await audits(cache)).toBe(5);
    for (let i = 0; i < 5; i++) await c.screening(c.units.a1, 'AUDIT', '2043-03-02');
    now = T0 + 10_000; // kept
    expect(await audits(cache)).toBe(5);
    expect((await cache.grid(PERIOD)).computedAt).toBe(new Date(T0).toISOString());
    now = T0 + 40_000; // still the kept one, and a new one is computed behind it
    expect(await audits(cache)).toBe(5);
    await cache.idle();
    expect(await audits(cache)).toBe(10);
    for (let i = 0; i < 5; i++) await c.screening(c.units.a1, 'AUDIT', '2043-03-03');
    now = T0 + 40_000 + 60_000; // a minute after the refresh: never older than that
    expect(await audits(cache)).toBe(15);
    expect((await cache.grid(PERIOD)).computedAt).toBe(new Date(now).toISOString());
  });
});
