import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { INDICATORS } from '@vardflata/domain';
import { demoIds, startTestApp, type TestApp, type TestClient } from '../../test/harness.ts';

/** The contract of api.md: GET /api/indicators for analysts and unit managers. */
let t: TestApp;
let ids: Awaited<ReturnType<typeof demoIds>>;
let olle: TestClient;
let maja: TestClient;
let erik: TestClient;

beforeAll(async () => {
  t = await startTestApp();
  ids = await demoIds(t.db);
  olle = await t.signIn('olle.analytiker');
  maja = await t.signIn('maja.chef');
  erik = await t.signIn('erik.socsek');
});
afterAll(async () => t?.close());

const YEAR = 'from=2026-01-01&to=2026-12-31';
const CODES = [
  'persons',
  'persons-female',
  'persons-male',
  'audit-screenings',
  'dudit-screenings',
  'sips-established',
  'sips-followed-up',
  'cases-closed',
  'cases-reopened',
  'median-days-to-first-sip-meeting',
];

describe('GET /api/indicators', () => {
  it('answers the county’s figures to an analyst, every code of api.md and of the domain', async () => {
    const res = await olle.get(`/api/indicators?${YEAR}`);
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ from: '2026-01-01', to: '2026-12-31', organisationId: null });
    const codes = (res.body.indicators as { code: string }[]).map((i) => i.code);
    expect(codes).toEqual(expect.arrayContaining(CODES));
    expect(codes).toEqual(INDICATORS.map((d) => d.code));
    for (const i of res.body.indicators) {
      // A suppressed or unavailable figure has no value; a shown count is never 1–4.
      if (i.suppressed || !i.available) expect(i.value).toBeNull();
      if (i.value !== null && !i.code.startsWith('median')) {
        expect(i.value === 0 || i.value >= 5).toBe(true);
      }
    }
    // Visits and contacts are counted from the contact record (0020-c): available.
    expect(res.body.indicators.find((i: { code: string }) => i.code === 'contacts')).toMatchObject({
      code: 'contacts',
      available: true,
    });
    expect(Date.parse(res.body.computedAt)).not.toBeNaN();
    // The test harness runs outside production mode: test persons count, and the answer says so.
    expect(res.body.includesTestData).toBe(true);
  });

  it('answers an organisation’s and a unit’s figures to a unit manager', async () => {
    const org = await maja.get(`/api/indicators?${YEAR}&organisationId=${ids.region}`);
    expect(org.status).toBe(200);
    expect(org.body.organisationId).toBe(ids.region);
    const unit = await maja.get(
      `/api/indicators?${YEAR}&organisationId=${ids.region}&unitId=${ids.beroendecentrum}`,
    );
    expect(unit.status).toBe(200);
    expect(unit.body.unitId).toBe(ids.beroendecentrum);
  });

  it('refuses other roles with 403', async () => {
    expect((await erik.get(`/api/indicators?${YEAR}`)).status).toBe(403);
  });

  it('answers 404 for an organisation or unit that does not exist, 400 for a bad period', async () => {
    const none = '00000000-0000-4000-8000-000000000000';
    expect((await olle.get(`/api/indicators?${YEAR}&organisationId=${none}`)).status).toBe(404);
    // A unit of another organisation is not below this one.
    expect(
      (
        await olle.get(
          `/api/indicators?${YEAR}&organisationId=${ids.region}&unitId=${ids.socExempelby}`,
        )
      ).status,
    ).toBe(404);
    const bad = await olle.get('/api/indicators?from=2026-12-31&to=2026-01-01');
    expect(bad.status).toBe(400);
    expect(JSON.stringify(bad.body)).toContain('from');
    expect((await olle.get('/api/indicators?to=2026-01-01')).status).toBe(400);
  });

  it('gives the same figure in the grid as in the contract route (one computation)', async () => {
    const grid = await olle.get(`/api/indicators/grid?${YEAR}`);
    expect(grid.status).toBe(200);
    const county = grid.body.scopes.find((s: { kind: string }) => s.kind === 'county');
    const flat = await olle.get(`/api/indicators?${YEAR}`);
    expect(county.indicators).toEqual(flat.body.indicators);
    expect(grid.body.includesTestData).toBe(true);
    expect(grid.body.scopes.map((s: { name: string }) => s.name)).toContain('Beroendecentrum');
  });

  it('answers a trend, one entry per month', async () => {
    const res = await olle.get('/api/indicators/trend?from=2026-01-15&to=2026-03-31&step=month');
    expect(res.status).toBe(200);
    expect(res.body.periods.map((p: { from: string; to: string }) => [p.from, p.to])).toEqual([
      ['2026-01-15', '2026-01-31'],
      ['2026-02-01', '2026-02-28'],
      ['2026-03-01', '2026-03-31'],
    ]);
    expect(res.body.includesTestData).toBe(true);
  });
});
