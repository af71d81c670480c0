import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { IndicatorGrid } from '@vardflata/contracts';
import { INDICATORS, isAvailable } from '@vardflata/domain';
import { startTestApp, type TestApp } from '../../test/harness.ts';
import { careChainFixtures } from './indicators.care-chain.fixtures.ts';
import { indicatorCounty } from './indicators.fixtures.ts';
import { computeIndicatorGrid } from './use-cases/compute-grid.ts';

/**
 * The care-chain indicators (issue 10): each figure known by construction, in a year of its
 * own, with the records just outside the period that must not count.
 */
let t: TestApp;
let c: Awaited<ReturnType<typeof indicatorCounty>>;
let f: ReturnType<typeof careChainFixtures>;

beforeAll(async () => {
  t = await startTestApp({}, { seed: false });
  c = await indicatorCounty(t.db);
  f = careChainFixtures(t.db, c);
});
afterAll(async () => t?.close());

const year = (y: number) => ({ from: `${y}-01-01`, to: `${y}-12-31` });
/** Production's rule: test persons never count (the demo's rule is in indicators.test-persons). */
const PRODUCTION = { includeTestData: false };
const NOW = new Date('2060-01-01T12:00:00Z');

function at(grid: IndicatorGrid, scopeId: string | null, code: string) {
  const scope = grid.scopes.find((s) => s.id === scopeId)!;
  const v = scope.indicators.find((i) => i.code === code)!;
  expect(v.available).toBe(true);
  return v.suppressed ? 'hidden' : v.value;
}

const LISTED = [
  'cases-reopened',
  'medication-interventions',
  'group-treatment',
  'individual-treatment',
  'children-as-relatives-supported',
  'median-days-referral-answer',
  'median-days-withdrawal-bed-wait',
  'laro-under-lvm',
];

describe('the indicators listed in the care-chain issue', () => {
  it('are all available: none is "not available" any more', () => {
    for (const code of LISTED) {
      const d = INDICATORS.find((x) => x.code === code);
      expect(d, code).toBeDefined();
      expect(isAvailable(d!), code).toBe(true);
    }
  });
});

describe('interventions ongoing in the period', () => {
  it('count medication, group and individual treatment and LARO under LVM at the deciding unit', async () => {
    for (let i = 0; i < 6; i++)
      await f.intervention(c.units.a1, {
        category: 'medication',
        startOn: '2050-03-01',
        endOn: '2050-12-31',
      });
    // Began the year before and ended inside the year: ongoing in it.
    await f.intervention(c.units.a1, {
      category: 'medication',
      startOn: '2049-06-01',
      endOn: '2050-01-10',
    });
    // Ended the year before, or starts the year after: not ongoing.
    await f.intervention(c.units.a1, {
      category: 'medication',
      startOn: '2049-01-01',
      endOn: '2049-12-31',
    });
    await f.intervention(c.units.a1, {
      category: 'medication',
      startOn: '2051-01-01',
      endOn: '2051-06-01',
    });
    for (let i = 0; i < 5; i++)
      await f.intervention(c.units.b1, {
        category: 'psychosocial-treatment',
        setting: 'group',
        startOn: '2050-02-01',
      });
    for (let i = 0; i < 8; i++)
      await f.intervention(c.units.b1, {
        category: 'psychosocial-treatment',
        setting: 'individual',
        startOn: '2050-02-01',
      });
    // Support, not treatment: neither group nor individual treatment.
    await f.intervention(c.units.b1, { category: 'psychosocial-support', startOn: '2050-02-01' });
    for (let i = 0; i < 5; i++)
      await f.intervention(c.units.a2, {
        category: 'laro',
        legalForm: 'lvm',
        startOn: '2050-04-01',
      });
    await f.intervention(c.units.a2, { category: 'laro', startOn: '2050-04-01' }); // voluntary
    const grid = await computeIndicatorGrid(t.db, year(2050), PRODUCTION, NOW);
    expect(at(grid, null, 'medication-interventions')).toBe(7);
    expect(at(grid, c.units.a1, 'medication-interventions')).toBe(7);
    expect(at(grid, c.orgB, 'medication-interventions')).toBe(0);
    expect(at(grid, null, 'group-treatment')).toBe(5);
    expect(at(grid, c.orgB, 'group-treatment')).toBe(5);
    expect(at(grid, null, 'individual-treatment')).toBe(8);
    expect(at(grid, c.units.b1, 'individual-treatment')).toBe(8);
    expect(at(grid, null, 'laro-under-lvm')).toBe(5);
    expect(at(grid, c.units.a2, 'laro-under-lvm')).toBe(5);
  });

  it('hides a small unit cell and the one that would give it away', async () => {
    for (let i = 0; i < 6; i++)
      await f.intervention(c.units.a1, { category: 'medication', startOn: '2052-01-01' });
    for (let i = 0; i < 2; i++)
      await f.intervention(c.units.a2, { category: 'medication', startOn: '2052-01-01' });
    const grid = await computeIndicatorGrid(t.db, year(2052), PRODUCTION, NOW);
    expect(at(grid, c.orgA, 'medication-interventions')).toBe(8);
    expect(at(grid, c.units.a2, 'medication-interventions')).toBe('hidden');
    // 8 − 6 would give A2's 2 away.
    expect(at(grid, c.units.a1, 'medication-interventions')).toBe('hidden');
  });
});

describe('cases reopened and closed (case management)', () => {
  it('counts cases opened as reopened, and cases closed, in the period', async () => {
    for (let i = 0; i < 5; i++)
      await f.careCase(c.units.b1, { openedOn: '2053-03-01', reopened: true });
    await f.careCase(c.units.b1, { openedOn: '2053-03-01' }); // a first case: not reopened
    await f.careCase(c.units.b1, { openedOn: '2052-12-31', reopened: true }); // the year before
    for (let i = 0; i < 6; i++)
      await f.careCase(c.units.a1, { openedOn: '2052-01-01', closedOn: '2053-05-01' });
    await f.careCase(c.units.a1, { openedOn: '2052-01-01', closedOn: '2054-01-01' }); // after
    const grid = await computeIndicatorGrid(t.db, year(2053), PRODUCTION, NOW);
    expect(at(grid, null, 'cases-reopened')).toBe(5);
    expect(at(grid, c.units.b1, 'cases-reopened')).toBe(5);
    expect(at(grid, c.orgA, 'cases-reopened')).toBe(0);
    expect(at(grid, null, 'cases-closed')).toBe(6);
    expect(at(grid, c.units.a1, 'cases-closed')).toBe(6);
  });
});

describe('children as relatives given support', () => {
  it('counts each child once when support was given in the period; adults do not count', async () => {
    for (let i = 0; i < 5; i++)
      await f.child(c.units.b1, i === 0 ? ['2054-02-01', '2054-09-01'] : ['2054-06-01']);
    await f.child(c.units.b1, []); // identified, no support yet
    await f.child(c.units.b1, ['2053-12-31']); // support the year before
    await f.child(c.units.b1, ['2054-06-01'], 'adult'); // an adult relative
    const grid = await computeIndicatorGrid(t.db, year(2054), PRODUCTION, NOW);
    expect(at(grid, null, 'children-as-relatives-supported')).toBe(5);
    expect(at(grid, c.units.b1, 'children-as-relatives-supported')).toBe(5);
  });
});

describe('median days to a referral answer and in the withdrawal-bed queue', () => {
  it('reads answered referrals at the receiving unit, in the period of the answer', async () => {
    for (const days of [1, 3, 5, 7, 9])
      await f.referral(
        c.units.b1,
        c.units.a1,
        '2055-03-01',
        `2055-03-${String(1 + days).padStart(2, '0')}`,
      );
    await f.referral(c.units.b1, c.units.a1, '2055-03-01'); // unanswered
    await f.referral(c.units.b1, c.units.a1, '2054-12-01', '2054-12-30'); // answered before
    await f.referral(c.units.a1, c.units.b1, '2055-01-01', '2055-01-03'); // one only at B1
    const grid = await computeIndicatorGrid(t.db, year(2055), PRODUCTION, NOW);
    expect(at(grid, c.units.a1, 'median-days-referral-answer')).toBe(5);
    expect(at(grid, c.orgA, 'median-days-referral-answer')).toBe(5);
    expect(at(grid, c.units.b1, 'median-days-referral-answer')).toBe('hidden');
    // Six referrals: 1 2 3 5 7 9 → 4.
    expect(at(grid, null, 'median-days-referral-answer')).toBe(4);
    expect(at(grid, c.units.a2, 'median-days-referral-answer')).toBeNull();
  });

  it('reads requests admitted in the period at the unit with the beds', async () => {
    for (const days of [0, 2, 2, 4, 10])
      await f.withdrawal(
        c.units.a2,
        c.units.b1,
        '2056-05-01',
        `2056-05-${String(1 + days).padStart(2, '0')}`,
      );
    await f.withdrawal(c.units.a2, c.units.b1, '2056-05-01'); // still waiting
    await f.withdrawal(c.units.a2, c.units.b1, '2055-12-01', '2055-12-05'); // admitted before
    const grid = await computeIndicatorGrid(t.db, year(2056), PRODUCTION, NOW);
    expect(at(grid, c.units.a2, 'median-days-withdrawal-bed-wait')).toBe(2);
    expect(at(grid, c.orgA, 'median-days-withdrawal-bed-wait')).toBe(2);
    expect(at(grid, null, 'median-days-withdrawal-bed-wait')).toBe(2);
    expect(at(grid, c.orgB, 'median-days-withdrawal-bed-wait')).toBeNull();
  });
});
