import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import ExcelJS from 'exceljs';
import { parse } from 'csv-parse/sync';
import { pdfLines } from '../../test/pdf-text.ts';
import { startTestApp, type TestApp, type TestClient } from '../../test/harness.ts';
import { indicatorCounty } from './indicators.fixtures.ts';

/**
 * The exports read the same grid as the screen: a year with known records (7 women and 2 men
 * at unit B1, so "men" is hidden and "women" complementarily too), read back with a CSV parser,
 * ExcelJS and pdf.js.
 */
let t: TestApp;
let olle: TestClient;
let c: Awaited<ReturnType<typeof indicatorCounty>>;
const Q = 'from=2042-01-01&to=2042-12-31';

beforeAll(async () => {
  t = await startTestApp();
  c = await indicatorCounty(t.db);
  for (let i = 0; i < 7; i++) await c.relation(await c.person('female'), c.units.b1, '2042-02-01');
  for (let i = 0; i < 2; i++) await c.relation(await c.person('male'), c.units.b1, '2042-02-01');
  for (let i = 0; i < 6; i++) await c.screening(c.units.b1, 'AUDIT', '2042-05-05');
  olle = await t.signIn('olle.analytiker');
});
afterAll(async () => t?.close());

type CsvRow = Record<string, string>;

async function raw(client: TestClient, url: string) {
  const res = await t.app.inject({ method: 'GET', url, headers: { cookie: client.cookie ?? '' } });
  return { status: res.statusCode, headers: res.headers, bytes: res.rawPayload };
}

describe('GET /api/indicators.csv', () => {
  it('has a header row with code and value, and the same figures as the JSON answer', async () => {
    const res = await olle.get(`/api/indicators.csv?${Q}&organisationId=${c.orgB}`);
    expect(res.status).toBe(200);
    expect(String(res.headers['content-type'])).toContain('text/csv');
    const rows = parse(String(res.body), { columns: true }) as CsvRow[];
    const byCode = new Map(rows.map((r) => [r.code, r]));
    expect(byCode.get('persons')).toMatchObject({ value: '9', suppressed: 'false' });
    expect(byCode.get('persons-male')).toMatchObject({ value: '', suppressed: 'true' });
    expect(byCode.get('persons-female')).toMatchObject({ value: '', suppressed: 'true' });
    expect(byCode.get('audit-screenings')).toMatchObject({ value: '6' });
    // No contact held at Kommun B that year: a true zero, not "not available".
    expect(byCode.get('contacts')).toMatchObject({ value: '0', available: 'true' });
    // Outside production mode (this harness) test persons count, and every row says so.
    expect(new Set(rows.map((r) => r.includesTestData))).toEqual(new Set(['true']));
    const json = await olle.get(`/api/indicators?${Q}&organisationId=${c.orgB}`);
    for (const i of json.body.indicators) {
      expect(byCode.get(i.code)!.value).toBe(i.value === null ? '' : String(i.value));
    }
  });

  it('is refused to a social worker', async () => {
    const erik = await t.signIn('erik.socsek');
    expect((await erik.get(`/api/indicators.csv?${Q}`)).status).toBe(403);
  });
});

describe('GET /api/indicators.xlsx', () => {
  it('is a workbook with one sheet per breakdown, hidden cells empty', async () => {
    const res = await raw(olle, `/api/indicators.xlsx?${Q}&organisationId=${c.orgB}&lang=en`);
    expect(res.status).toBe(200);
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(res.bytes as unknown as ArrayBuffer);
    expect(book.worksheets.map((s) => s.name)).toEqual([
      'Indicators',
      'Sex',
      'Age band',
      'Units',
      'Definitions',
      'About',
    ]);
    const sex = book.getWorksheet('Sex')!;
    expect(sex.getRow(1).values).toEqual(
      expect.arrayContaining(['code', 'value', 'Indicator', 'Status']),
    );
    const cells = new Map<string, unknown[]>();
    sex.eachRow((row, n) => {
      if (n > 1)
        cells.set(String(row.getCell(1).value), [row.getCell(3).value, row.getCell(4).value]);
    });
    expect(cells.get('persons-male')).toEqual([null, 'not shown (fewer than 5)']);
    expect(cells.get('persons-sex-unknown')).toEqual([0, '']);
    const units = book.getWorksheet('Units')!;
    const b1 = [] as unknown[];
    units.eachRow((row) => {
      if (row.getCell(2).value === 'B1' && row.getCell(3).value === 'audit-screenings') {
        b1.push(row.getCell(5).value);
      }
    });
    expect(b1).toEqual([6]);
    const about: unknown[] = [];
    book.getWorksheet('About')!.eachRow((row) => about.push(row.getCell(1).value));
    expect(about).toContain('Demo mode: test persons are counted – these are not real figures.');
  });
});

describe('GET /api/indicators/report.pdf', () => {
  it('reads as the period’s report with the hidden figures in words', async () => {
    const res = await raw(olle, `/api/indicators/report.pdf?${Q}&organisationId=${c.orgB}`);
    expect(res.status).toBe(200);
    expect(res.headers['content-type']).toBe('application/pdf');
    const text = (await pdfLines(res.bytes)).join('\n');
    expect(text).toContain('Uppföljning – Kommun B');
    expect(text).toContain('Demoläge: testpersoner räknas med – siffrorna är inte verkliga.');
    expect(text).toContain('Personer: 9 personer');
    expect(text).toContain('Personer, män: visas inte (färre än 5)');
    // Counted from the contact record (0020-c): none held at Kommun B that year.
    expect(text).toContain('Besök och kontakter: 0 kontakter');
  });
});
