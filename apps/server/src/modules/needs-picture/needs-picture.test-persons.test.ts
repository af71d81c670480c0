import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { NeedsPicture } from '@vardflata/contracts';
import { startTestApp, type TestApp } from '../../test/harness.ts';
import { indicatorCounty } from '../indicators/indicators.fixtures.ts';
import { needsFixtures } from './needs-picture.fixtures.ts';
import { readNeedsPicture } from './use-cases/read-needs-picture.ts';

/**
 * Test persons in the needs picture (0020-d): never counted in production mode, counted
 * outside it (the embedded demo). A year of its own (2049) at the region: five ordinary
 * persons, and five test persons with a met alcohol checklist and an ASI interview.
 */
let t: TestApp;
const Q = { from: '2049-01-01', to: '2049-12-31', principal: 'region', step: 'year' } as const;

beforeAll(async () => {
  t = await startTestApp({}, { seed: false });
  const c = await indicatorCounty(t.db);
  const n = needsFixtures(t.db, c);
  for (let i = 0; i < 10; i++) {
    const p = await c.person('male');
    await c.relation(p, c.units.a1, '2049-02-01');
    if (i < 5) continue;
    await t.db.updateTable('person').set({ test_data: true }).where('id', '=', p).execute();
    await n.criteria(p, c.units.a1, '2049-04-01', 'alcohol', true);
    await n.asi(p, c.units.a1, '2049-04-01', { mental: 5, physical: 0 });
  }
});
afterAll(async () => t?.close());

const value = (p: NeedsPicture, code: string) =>
  p.total.figures.find((f) => f.code === code)!.value;

describe('test persons in the needs picture', () => {
  it('leaves them out in production mode', async () => {
    const p = await readNeedsPicture(t.db, Q, { includeTestData: false });
    expect(value(p, 'persons')).toBe(5);
    expect(value(p, 'substance-alcohol')).toBe(0);
    expect(value(p, 'asi-assessed')).toBe(0);
    expect(p.includesTestData).toBe(false);
  });

  it('counts them outside production mode, and the answer says so', async () => {
    const p = await readNeedsPicture(t.db, Q, { includeTestData: true });
    expect(value(p, 'persons')).toBe(10);
    expect(value(p, 'substance-alcohol')).toBe(5);
    expect(value(p, 'asi-assessed')).toBe(5);
    expect(value(p, 'comorbidity-mental')).toBe(5);
    expect(p.includesTestData).toBe(true);
  });
});
