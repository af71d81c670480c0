import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { IndicatorGrid } from '@vardflata/contracts';
import { INDICATORS, isAvailable } from '@vardflata/domain';
import { startTestApp, type TestApp } from '../../test/harness.ts';
import { indicatorCounty } from './indicators.fixtures.ts';
import { computeIndicatorGrid } from './use-cases/compute-grid.ts';

/**
 * One test per indicator: build its records, compute the grid for a period of its own (a year
 * no other test writes in), check the value and the small-cell rule.
 */
let t: TestApp;
let c: Awaited<ReturnType<typeof indicatorCounty>>;

beforeAll(async () => {
  t = await startTestApp({}, { seed: false });
  c = await indicatorCounty(t.db);
});
afterAll(async () => t?.close());

const year = (y: number) => ({ from: `${y}-01-01`, to: `${y}-12-31` });
/** Production's rule: test persons never count (the demo's rule is in indicators.test-persons). */
const PRODUCTION = { includeTestData: false };
const NOW = new Date('2040-01-01T12:00:00Z');

function at(grid: IndicatorGrid, scopeId: string | null, code: string) {
  const scope = grid.scopes.find((s) => s.id === scopeId)!;
  const v = scope.indicators.find((i) => i.code === code)!;
  return v.suppressed ? 'hidden' : v.value;
}

describe('persons, by sex and age band', () => {
  it('counts distinct persons with a care relation on some day of the period', async () => {
    for (let i = 0; i < 6; i++) {
      const p = await c.person('female', '1990-06-15');
      await c.relation(p, c.units.a1, '2031-03-01');
      if (i === 0) await c.relation(p, c.units.a1, '2030-01-01', '2031-02-01'); // counted once
    }
    for (let i = 0; i < 5; i++) {
      const p = await c.person('male', '2010-02-01');
      await c.relation(p, c.units.a1, '2030-05-01', '2031-01-15'); // ends inside the year
    }
    await c.relation(await c.person('male'), c.units.a1, '2029-01-01', '2030-12-31'); // before
    await c.relation(await c.person('male'), c.units.a1, '2032-01-01'); // after
    const grid = await computeIndicatorGrid(t.db, year(2031), PRODUCTION, NOW);
    for (const scope of [null, c.orgA, c.units.a1]) {
      expect(at(grid, scope, 'persons')).toBe(11);
      expect(at(grid, scope, 'persons-female')).toBe(6);
      expect(at(grid, scope, 'persons-male')).toBe(5);
      expect(at(grid, scope, 'persons-sex-unknown')).toBe(0);
      // Ages on the last day of the period: 41 and 21.
      expect(at(grid, scope, 'persons-age-35-44')).toBe(6);
      expect(at(grid, scope, 'persons-age-18-24')).toBe(5);
      expect(at(grid, scope, 'persons-age-65-')).toBe(0);
    }
    expect(at(grid, c.orgB, 'persons')).toBe(0);
    expect(grid.computedAt).toBe(NOW.toISOString());
  });

  it('hides a small sex cell and, complementarily, the next one (female + male = persons)', async () => {
    for (let i = 0; i < 7; i++)
      await c.relation(await c.person('female'), c.units.b1, '2041-01-10');
    for (let i = 0; i < 2; i++) await c.relation(await c.person('male'), c.units.b1, '2041-01-10');
    const grid = await computeIndicatorGrid(t.db, year(2041), PRODUCTION, NOW);
    expect(at(grid, c.units.b1, 'persons')).toBe(9);
    expect(at(grid, c.units.b1, 'persons-male')).toBe('hidden');
    // Without this, 9 − 7 − 0 would give the hidden 2 away.
    expect(at(grid, c.units.b1, 'persons-female')).toBe('hidden');
    expect(at(grid, c.units.b1, 'persons-sex-unknown')).toBe(0);
  });
});

describe('AUDIT and DUDIT screenings', () => {
  it('count in the period holding the day performed, with unit cells protected in their organisation', async () => {
    for (let i = 0; i < 5; i++) await c.screening(c.units.a1, 'AUDIT', '2032-01-01');
    for (let i = 0; i < 2; i++) await c.screening(c.units.a2, 'AUDIT', '2032-12-31');
    await c.screening(c.units.a1, 'AUDIT', '2031-12-31'); // the year before
    await c.screening(c.units.a1, 'AUDIT', '2033-01-01'); // the year after
    for (let i = 0; i < 6; i++) await c.screening(c.units.b1, 'DUDIT', '2032-06-01');
    const grid = await computeIndicatorGrid(t.db, year(2032), PRODUCTION, NOW);
    expect(at(grid, null, 'audit-screenings')).toBe(7);
    expect(at(grid, c.orgA, 'audit-screenings')).toBe(7);
    expect(at(grid, c.units.a2, 'audit-screenings')).toBe('hidden');
    // A1's 5 would give A2's 2 away (7 − 5): complementary suppression hides it.
    expect(at(grid, c.units.a1, 'audit-screenings')).toBe('hidden');
    expect(at(grid, c.orgB, 'audit-screenings')).toBe(0);
    expect(at(grid, null, 'dudit-screenings')).toBe(6);
    expect(at(grid, c.units.b1, 'dudit-screenings')).toBe(6);
    expect(at(grid, c.orgA, 'dudit-screenings')).toBe(0);
  });
});

describe('SIPs established, followed up and closed', () => {
  it('count activations, follow-ups held and endings in the period', async () => {
    const sips: string[] = [];
    for (let i = 0; i < 6; i++) {
      sips.push(await c.sip(c.units.a1, { proposedOn: '2032-11-01', activatedOn: '2033-02-01' }));
    }
    await c.sip(c.units.a1, { proposedOn: '2032-11-01', activatedOn: '2032-12-20' }); // before
    for (let i = 0; i < 5; i++) {
      await c.sip(c.units.b1, {
        proposedOn: '2032-01-01',
        activatedOn: '2032-03-01',
        endedOn: '2033-06-30',
      });
    }
    // Five SIPs followed up in the year, one of them twice; one only the year after.
    for (const [i, id] of sips.slice(0, 5).entries()) {
      await c.followUp(id, '2033-08-01');
      if (i === 0) await c.followUp(id, '2033-11-01');
    }
    await c.followUp(sips[5]!, '2034-01-10');
    const grid = await computeIndicatorGrid(t.db, year(2033), PRODUCTION, NOW);
    expect(at(grid, null, 'sips-established')).toBe(6);
    expect(at(grid, c.units.a1, 'sips-established')).toBe(6);
    expect(at(grid, null, 'sips-closed')).toBe(5);
    expect(at(grid, c.orgB, 'sips-closed')).toBe(5);
    expect(at(grid, null, 'sips-followed-up')).toBe(5);
    expect(at(grid, c.units.a1, 'sips-followed-up')).toBe(5);
  });
});

describe('median days to the first SIP meeting', () => {
  it('reads only meetings held, in the period of the first one held', async () => {
    for (const days of [2, 4, 6, 8, 10]) {
      const id = await c.sip(c.units.a1, { proposedOn: '2035-01-01' });
      const day = `2035-01-${String(1 + days).padStart(2, '0')}`;
      await c.meeting(id, 'cancelled', '2035-01-02'); // cancelled: does not count
      await c.meeting(id, 'held', day);
      await c.meeting(id, 'held', '2035-03-01'); // not the first
    }
    const scheduled = await c.sip(c.units.a1, { proposedOn: '2035-01-01' });
    await c.meeting(scheduled, 'scheduled', '2035-01-03'); // never held
    for (const heldOn of ['2035-03-03', '2035-03-13']) {
      // 30 and 40 days after 1 February.
      const id = await c.sip(c.units.a2, { proposedOn: '2035-02-01' });
      await c.meeting(id, 'held', heldOn);
    }
    const earlier = await c.sip(c.units.b1, { proposedOn: '2034-12-01' });
    await c.meeting(earlier, 'held', '2034-12-20'); // first held the year before
    const grid = await computeIndicatorGrid(t.db, year(2035), PRODUCTION, NOW);
    expect(at(grid, c.units.a1, 'median-days-to-first-sip-meeting')).toBe(6);
    // Two SIPs behind it: hidden.
    expect(at(grid, c.units.a2, 'median-days-to-first-sip-meeting')).toBe('hidden');
    // Seven SIPs: 2 4 6 8 10 and the two at A2 (30 and 40 days, counted from 1 February).
    expect(at(grid, c.orgA, 'median-days-to-first-sip-meeting')).toBe(8);
    expect(at(grid, null, 'median-days-to-first-sip-meeting')).toBe(8);
    // No SIP: nothing to show, and not a zero.
    expect(at(grid, c.orgB, 'median-days-to-first-sip-meeting')).toBeNull();
  });
});

describe('indicators whose records are not built yet', () => {
  it('are none any more: the last, contacts, reads the contact record (0020-c)', async () => {
    const grid = await computeIndicatorGrid(t.db, year(2036), PRODUCTION, NOW);
    const county = grid.scopes.find((s) => s.kind === 'county')!;
    expect(INDICATORS.filter((d) => !isAvailable(d)).map((d) => d.code)).toEqual([]);
    expect(county.indicators.every((i) => i.available)).toBe(true);
  });
});
