import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { IndicatorGrid } from '@vardflata/contracts';
import { buildApp } from '../../app.ts';
import { loadConfig } from '../../config.ts';
import { startTestApp, type TestApp } from '../../test/harness.ts';
import { careChainFixtures } from './indicators.care-chain.fixtures.ts';
import { indicatorCounty } from './indicators.fixtures.ts';
import {
  countCareCases,
  countChildrenSupported,
  countInterventions,
  medianDaysReferralAnswer,
  medianDaysWithdrawalWait,
} from './repositories/care-chain-source.repository.ts';
import { countHeldContacts } from './repositories/contact-source.repository.ts';
import {
  countScreenings,
  countSipMilestones,
  countSipsFollowedUp,
  medianDaysToFirstMeeting,
  type MedianRow,
  type TestPersonsRule,
  type UnitCount,
} from './repositories/indicator-source.repository.ts';
import { computeIndicatorGrid } from './use-cases/compute-grid.ts';

/**
 * Test persons in follow-up (0020-d): in production mode neither they nor their records count;
 * outside it (the embedded demo, whose persons are all test data) they do, and the answer says
 * so. Years of their own: 2048, five ordinary and five test persons in care at unit A1; 2047,
 * one record of each kind by an ordinary person and one by a test person at A1; 2046, five
 * screenings and five held contacts of each at B1.
 */
let t: TestApp;
let c: Awaited<ReturnType<typeof indicatorCounty>>;
const Y2048 = { from: '2048-01-01', to: '2048-12-31' };
const Y2047 = { from: '2047-01-01', to: '2047-12-31' };
const Y2046 = { from: '2046-01-01', to: '2046-12-31' };
const NOW = new Date('2049-01-01T12:00:00Z');
const PRODUCTION: TestPersonsRule = { includeTestData: false };
const DEMO: TestPersonsRule = { includeTestData: true };

/** Makes the person written last a test person (the fixtures write one person per record). */
async function lastPersonIsTest() {
  await sql`update person set test_data = true
    where personal_identity_number = (select max(personal_identity_number) from person)`.execute(
    t.db,
  );
}

/** Every record kind in 2047 at A1, first by an ordinary person, then by a test person. */
async function recordsOf2047() {
  const cc = careChainFixtures(t.db, c);
  // The ordinary person's first SIP meeting comes after 10 days, the test person's after 30;
  // referral answers after 4 and 10 days; withdrawal beds after 2 and 8 days.
  for (const [test, meetingOn, answeredOn, admittedOn] of [
    [false, '2047-01-20', '2047-03-05', '2047-03-03'],
    [true, '2047-02-09', '2047-03-11', '2047-03-09'],
  ] as const) {
    const mark = test ? lastPersonIsTest : async () => undefined;
    await c.screening(c.units.a1, 'AUDIT', '2047-02-01');
    await mark();
    const sip = await c.sip(c.units.a1, { proposedOn: '2047-01-10', activatedOn: '2047-02-01' });
    await mark();
    await c.meeting(sip, 'held', meetingOn);
    await c.followUp(sip, '2047-05-01');
    await c.contact(c.units.a1, '2047-02-01');
    await mark();
    await cc.intervention(c.units.a1, { category: 'medication', startOn: '2047-03-01' });
    await mark();
    await cc.child(c.units.a1, ['2047-04-01']);
    await mark();
    await cc.careCase(c.units.a1, { openedOn: '2047-01-05', closedOn: '2047-06-01' });
    await mark();
    await cc.referral(c.units.a2, c.units.a1, '2047-03-01', answeredOn);
    await mark();
    await cc.withdrawal(c.units.a1, c.units.a2, '2047-03-01', admittedOn);
    await mark();
  }
}

beforeAll(async () => {
  t = await startTestApp({}, { seed: false });
  c = await indicatorCounty(t.db);
  await recordsOf2047();
  for (const test of [false, true]) {
    for (let i = 0; i < 5; i++) {
      await c.screening(c.units.b1, 'DUDIT', '2046-05-0' + String(i + 1));
      if (test) await lastPersonIsTest();
      await c.contact(c.units.b1, '2046-05-0' + String(i + 1));
      if (test) await lastPersonIsTest();
    }
  }
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

describe('records of test persons (every figure follows the rule)', () => {
  const atA1 = (rows: UnitCount[], key: string) =>
    rows.find((r) => r.unitId === c.units.a1 && r.key === key)?.n ?? 0;
  const medianAtA1 = (rows: MedianRow[]) => {
    const m = rows.find((r) => r.unitId === c.units.a1 && r.receptionId === null);
    return { n: m?.n ?? 0, median: m?.median ?? null };
  };
  // Each figure at A1 in 2047: with the test person's record (demo), then without (production).
  const counts: [string, (rule: TestPersonsRule) => Promise<number>][] = [
    ['AUDIT screenings', async (r) => atA1(await countScreenings(t.db, Y2047, r), 'AUDIT')],
    [
      'SIPs established',
      async (r) => atA1(await countSipMilestones(t.db, Y2047, r), 'established'),
    ],
    [
      'SIPs followed up',
      async (r) => atA1(await countSipsFollowedUp(t.db, Y2047, r), 'followed-up'),
    ],
    ['held contacts', async (r) => atA1(await countHeldContacts(t.db, Y2047, r), 'held')],
    [
      'medication interventions',
      async (r) => atA1(await countInterventions(t.db, Y2047, r), 'medication'),
    ],
    [
      'children supported',
      async (r) => atA1(await countChildrenSupported(t.db, Y2047, r), 'children-supported'),
    ],
    ['cases closed', async (r) => atA1(await countCareCases(t.db, Y2047, r), 'closed')],
  ];

  it.each(counts)('%s: the test person counts outside production mode only', async (_, read) => {
    expect(await read(DEMO)).toBe(2);
    expect(await read(PRODUCTION)).toBe(1);
  });

  // Each median at A1 in 2047: its count and value with the test person, then without.
  const medians: [
    string,
    (rule: TestPersonsRule) => Promise<MedianRow[]>,
    ReturnType<typeof medianAtA1>,
    ReturnType<typeof medianAtA1>,
  ][] = [
    [
      'days to the first SIP meeting',
      (r) => medianDaysToFirstMeeting(t.db, Y2047, r),
      { n: 2, median: 20 },
      { n: 1, median: 10 },
    ],
    [
      'days to a referral answer',
      (r) => medianDaysReferralAnswer(t.db, Y2047, r),
      { n: 2, median: 7 },
      { n: 1, median: 4 },
    ],
    [
      'days waited for a withdrawal bed',
      (r) => medianDaysWithdrawalWait(t.db, Y2047, r),
      { n: 2, median: 5 },
      { n: 1, median: 2 },
    ],
  ];

  it.each(medians)(
    'median %s: the test person leaves it in production mode',
    async (_, read, demo, production) => {
      expect(medianAtA1(await read(DEMO))).toEqual(demo);
      expect(medianAtA1(await read(PRODUCTION))).toEqual(production);
    },
  );

  it('passes the rule to the record counts of the grid', async () => {
    const value = (grid: IndicatorGrid, code: string) =>
      grid.scopes.find((s) => s.id === c.units.b1)!.indicators.find((i) => i.code === code)!.value;
    const demo = await computeIndicatorGrid(t.db, Y2046, DEMO, NOW);
    expect(value(demo, 'dudit-screenings')).toBe(10);
    expect(value(demo, 'contacts')).toBe(10);
    const production = await computeIndicatorGrid(t.db, Y2046, PRODUCTION, NOW);
    expect(value(production, 'dudit-screenings')).toBe(5);
    expect(value(production, 'contacts')).toBe(5);
  });
});
