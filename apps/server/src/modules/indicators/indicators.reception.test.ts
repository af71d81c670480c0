import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import ExcelJS from 'exceljs';
import { parse } from 'csv-parse/sync';
import type { IndicatorGrid } from '@vardflata/contracts';
import { pdfLines } from '../../test/pdf-text.ts';
import { startTestApp, type TestApp, type TestClient } from '../../test/harness.ts';
import { indicatorCounty } from './indicators.fixtures.ts';
import { computeIndicatorGrid } from './use-cases/compute-grid.ts';

/**
 * The integrated-reception level (0019-h): a reception of unit A1 (Region A) and unit
 * B1 (Kommun B); A2 is in no reception. Each test writes in a year of its own.
 */
let t: TestApp;
let c: Awaited<ReturnType<typeof indicatorCounty>>;
let rec: string;
let olle: TestClient;

beforeAll(async () => {
  t = await startTestApp();
  c = await indicatorCounty(t.db);
  rec = await c.reception('Mottagning AB', [c.units.a1, c.units.b1]);
  olle = await t.signIn('olle.analytiker');
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

describe('the reception scope of the grid', () => {
  it('is a scope of its own, and its units name it', async () => {
    const grid = await computeIndicatorGrid(t.db, year(2050), PRODUCTION, NOW);
    const scope = grid.scopes.find((s) => s.id === rec)!;
    expect(scope).toMatchObject({
      kind: 'reception',
      name: 'Mottagning AB',
      parentId: null,
      receptionId: null,
    });
    const unitsOf = grid.scopes.filter((s) => s.kind === 'unit' && s.receptionId === rec);
    expect(unitsOf.map((s) => s.id).sort()).toEqual([c.units.a1, c.units.b1].sort());
    expect(grid.scopes.find((s) => s.id === c.units.a2)!.receptionId).toBeNull();
    // The demo county's reception is there too.
    expect(grid.scopes.filter((s) => s.kind === 'reception').map((s) => s.name)).toContain(
      'Socialmedicinsk mottagning Exempelby',
    );
  });
});

describe('additive counts and medians of a reception', () => {
  it('sums its units’ counts across the two principals, and has a median of its own', async () => {
    for (let i = 0; i < 6; i++) await c.screening(c.units.a1, 'AUDIT', '2051-03-01');
    for (let i = 0; i < 7; i++) await c.screening(c.units.b1, 'AUDIT', '2051-04-01');
    for (let i = 0; i < 5; i++) await c.screening(c.units.a2, 'AUDIT', '2051-05-01');
    // Days to the first SIP meeting: A1 2, 4, 6; B1 10, 20; A2 1, 1, 1.
    const sipWith = async (unit: string, days: number) => {
      const id = await c.sip(unit, { proposedOn: '2051-01-01' });
      await c.meeting(id, 'held', `2051-01-${String(1 + days).padStart(2, '0')}`);
    };
    for (const d of [2, 4, 6]) await sipWith(c.units.a1, d);
    for (const d of [10, 20]) await sipWith(c.units.b1, d);
    for (const d of [1, 1, 1]) await sipWith(c.units.a2, d);
    const grid = await computeIndicatorGrid(t.db, year(2051), PRODUCTION, NOW);
    expect(at(grid, rec, 'audit-screenings')).toBe(13);
    expect(at(grid, c.units.a1, 'audit-screenings')).toBe(6);
    expect(at(grid, c.units.b1, 'audit-screenings')).toBe(7);
    expect(at(grid, c.orgA, 'audit-screenings')).toBe(11);
    expect(at(grid, null, 'audit-screenings')).toBe(18);
    expect(at(grid, rec, 'dudit-screenings')).toBe(0);
    // Five SIPs at the reception's units: 2 4 6 10 20 → 6, though each unit alone is hidden.
    expect(at(grid, rec, 'median-days-to-first-sip-meeting')).toBe(6);
    expect(at(grid, c.units.a1, 'median-days-to-first-sip-meeting')).toBe('hidden');
    expect(at(grid, c.units.b1, 'median-days-to-first-sip-meeting')).toBe('hidden');
    expect(at(grid, c.orgA, 'median-days-to-first-sip-meeting')).toBe(1.5);
    expect(at(grid, null, 'median-days-to-first-sip-meeting')).toBe(3);
    // A median with nothing behind it is no figure, not a zero.
    expect(at(grid, rec, 'median-days-referral-answer')).toBeNull();
  });
});

describe('persons of a reception', () => {
  it('are the distinct persons of its units, with sex and age bands adding up to them', async () => {
    for (let i = 0; i < 6; i++)
      await c.relation(
        await c.person('female', '1990-06-15'),
        c.units.a1,
        '2052-02-01',
        '2052-11-30',
      );
    for (let i = 0; i < 5; i++)
      await c.relation(
        await c.person('male', '1990-06-15'),
        c.units.b1,
        '2052-02-01',
        '2052-11-30',
      );
    // Five persons in care at both units of the reception: one person each in the reception.
    for (let i = 0; i < 5; i++) {
      const p = await c.person('female', '2032-03-01');
      await c.relation(p, c.units.a1, '2052-03-01', '2052-11-30');
      await c.relation(p, c.units.b1, '2052-03-01', '2052-11-30');
    }
    for (let i = 0; i < 8; i++)
      await c.relation(await c.person('male'), c.units.a2, '2052-02-01', '2052-11-30');
    const grid = await computeIndicatorGrid(t.db, year(2052), PRODUCTION, NOW);
    expect(at(grid, c.units.a1, 'persons')).toBe(11);
    expect(at(grid, c.units.b1, 'persons')).toBe(10);
    // Not 11 + 10: the five at both units count once, and A2's eight not at all.
    expect(at(grid, rec, 'persons')).toBe(16);
    expect(at(grid, rec, 'persons-female')).toBe(11);
    expect(at(grid, rec, 'persons-male')).toBe(5);
    expect(at(grid, rec, 'persons-sex-unknown')).toBe(0);
    // Ages on the last day of the period: 62 and 20.
    expect(at(grid, rec, 'persons-age-55-64')).toBe(11);
    expect(at(grid, rec, 'persons-age-18-24')).toBe(5);
    expect(at(grid, null, 'persons')).toBe(24);
  });

  it('hide a small sex cell of the reception and its complement, but leave the units alone', async () => {
    for (let i = 0; i < 6; i++)
      await c.relation(await c.person('female'), c.units.a1, '2053-02-01', '2053-11-30');
    for (let i = 0; i < 6; i++)
      await c.relation(await c.person('female'), c.units.b1, '2053-02-01', '2053-11-30');
    const man = await c.person('male');
    await c.relation(man, c.units.a1, '2053-02-01', '2053-11-30');
    await c.relation(man, c.units.b1, '2053-02-01', '2053-11-30');
    const grid = await computeIndicatorGrid(t.db, year(2053), PRODUCTION, NOW);
    expect(at(grid, rec, 'persons')).toBe(13);
    expect(at(grid, rec, 'persons-male')).toBe('hidden');
    expect(at(grid, rec, 'persons-female')).toBe('hidden');
    // Distinct persons do not add up over units, so the reception's persons are no sum of them.
    expect(at(grid, c.units.a1, 'persons')).toBe(7);
    expect(at(grid, c.units.b1, 'persons')).toBe(7);
  });
});

describe('suppression across a reception', () => {
  it('hides the sibling unit so the reception’s total does not give a small unit away', async () => {
    for (let i = 0; i < 3; i++) await c.screening(c.units.a1, 'DUDIT', '2054-06-01');
    for (let i = 0; i < 12; i++) await c.screening(c.units.b1, 'DUDIT', '2054-06-01');
    for (let i = 0; i < 20; i++) await c.screening(c.units.a2, 'DUDIT', '2054-06-01');
    const grid = await computeIndicatorGrid(t.db, year(2054), PRODUCTION, NOW);
    expect(at(grid, c.units.a1, 'dudit-screenings')).toBe('hidden');
    // 15 − 12 would be A1's 3: B1 is hidden too, and the reception's total stays shown.
    expect(at(grid, c.units.b1, 'dudit-screenings')).toBe('hidden');
    expect(at(grid, rec, 'dudit-screenings')).toBe(15);
    // In its organisation A1 is protected by A2 as before.
    expect(at(grid, c.units.a2, 'dudit-screenings')).toBe('hidden');
  });

  it('shows a reception whose two small units protect each other', async () => {
    for (let i = 0; i < 2; i++) await c.screening(c.units.a1, 'AUDIT', '2055-06-01');
    for (let i = 0; i < 3; i++) await c.screening(c.units.b1, 'AUDIT', '2055-06-01');
    const grid = await computeIndicatorGrid(t.db, year(2055), PRODUCTION, NOW);
    expect(at(grid, c.units.a1, 'audit-screenings')).toBe('hidden');
    expect(at(grid, c.units.b1, 'audit-screenings')).toBe('hidden');
    expect(at(grid, rec, 'audit-screenings')).toBe(5);
  });
});

describe('GET /api/indicators with receptionId', () => {
  const Q = 'from=2051-01-01&to=2051-12-31';

  it('answers the reception’s figures, and one of its units below it', async () => {
    const res = await olle.get(`/api/indicators?${Q}&receptionId=${rec}`);
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ receptionId: rec, organisationId: null, unitId: null });
    const v = (code: string) =>
      res.body.indicators.find((i: { code: string }) => i.code === code).value;
    expect(v('audit-screenings')).toBe(13);
    const unit = await olle.get(`/api/indicators?${Q}&receptionId=${rec}&unitId=${c.units.b1}`);
    expect(unit.status).toBe(200);
    expect(unit.body.unitId).toBe(c.units.b1);
    const trend = await olle.get(
      `/api/indicators/trend?from=2051-01-01&to=2051-06-30&step=quarter&receptionId=${rec}`,
    );
    expect(trend.status).toBe(200);
    expect(trend.body.periods).toHaveLength(2);
  });

  it('answers 404 for an unknown reception or a unit outside it, 400 beside an organisation', async () => {
    const none = '00000000-0000-4000-8000-000000000000';
    expect((await olle.get(`/api/indicators?${Q}&receptionId=${none}`)).status).toBe(404);
    expect(
      (await olle.get(`/api/indicators?${Q}&receptionId=${rec}&unitId=${c.units.a2}`)).status,
    ).toBe(404);
    expect((await olle.get(`/api/indicators/trend?${Q}&receptionId=${none}`)).status).toBe(404);
    const both = await olle.get(`/api/indicators?${Q}&receptionId=${rec}&organisationId=${c.orgA}`);
    expect(both.status).toBe(400);
    expect(JSON.stringify(both.body)).toContain('receptionId');
    const erik = await t.signIn('erik.socsek');
    expect((await erik.get(`/api/indicators?${Q}&receptionId=${rec}`)).status).toBe(403);
  });

  it('exports the reception as CSV, in the workbook’s comparison sheet and as PDF', async () => {
    const csv = await olle.get(`/api/indicators.csv?${Q}&receptionId=${rec}`);
    expect(csv.status).toBe(200);
    const rows = parse(String(csv.body), { columns: true }) as Record<string, string>[];
    const screenings = rows.find((r) => r.code === 'audit-screenings')!;
    expect(screenings).toMatchObject({
      value: '13',
      scope: 'Mottagning AB',
      scopeKind: 'reception',
    });

    const xlsx = await t.app.inject({
      method: 'GET',
      url: `/api/indicators.xlsx?${Q}&receptionId=${rec}&lang=en`,
      headers: { cookie: olle.cookie ?? '' },
    });
    expect(xlsx.statusCode).toBe(200);
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(xlsx.rawPayload as unknown as ArrayBuffer);
    const units = book.getWorksheet('Units')!;
    const header = units.getRow(1).values as unknown[];
    const col = (name: string) => header.indexOf(name);
    const found: unknown[][] = [];
    units.eachRow((row) => {
      if (row.getCell(col('code')).value !== 'audit-screenings') return;
      found.push([
        row.getCell(col('Level')).value,
        row.getCell(col('Unit, reception or organisation')).value,
        row.getCell(col('value')).value,
        row.getCell(col('Integrated reception')).value,
      ]);
    });
    expect(found).toContainEqual(['integrated reception', 'Mottagning AB', 13, null]);
    expect(found).toContainEqual(['unit', 'B1', 7, 'Mottagning AB']);
    expect(found).toContainEqual(['unit', 'A2', 5, null]);

    const pdf = await t.app.inject({
      method: 'GET',
      url: `/api/indicators/report.pdf?${Q}&receptionId=${rec}`,
      headers: { cookie: olle.cookie ?? '' },
    });
    expect(pdf.statusCode).toBe(200);
    const text = (await pdfLines(pdf.rawPayload)).join('\n');
    expect(text).toContain('Uppföljning – Mottagning AB');
    expect(text).toContain('AUDIT-screeningar: 13 screeningar');
  });
});
