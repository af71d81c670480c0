import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { pdfLines } from '../../test/pdf-text.ts';
import {
  demoIds,
  logRowsFor,
  startTestApp,
  type TestApp,
  type TestClient,
} from '../../test/harness.ts';

/**
 * Joint financing (F18, decision 0019-e) on a period of its own (January 2099, after every demo placement started): a key of 75/25
 * with the municipalities by population, an operation cost with an odd öre, a demo placement
 * with a daily rate, the avräkning as JSON, PDF and workbook, then settled and kept.
 */
let t: TestApp;
let ids: Awaited<ReturnType<typeof demoIds>>;
let olle: TestClient; // analyst, in the county steering group
let maja: TestClient; // unit manager, reads
let nora: TestClient; // social worker
let operationId: string;
let periodId: string;
let placement: { id: string; person_id: string };
let startedAt: Date; // the demo's own log rows lie days before

const put = (c: TestClient, url: string, body: unknown) => c.request('PUT', url, body);
const J = '/api/joint-financing';

beforeAll(async () => {
  t = await startTestApp();
  startedAt = new Date();
  ids = await demoIds(t.db);
  olle = await t.signIn('olle.analytiker');
  maja = await t.signIn('maja.chef');
  nora = await t.signIn('nora.socsek');
  placement = await t.db
    .selectFrom('placement')
    .select(['id', 'person_id'])
    .where('placing_organisation_id', '=', ids.exempelby)
    .where('ended_on', 'is', null)
    .orderBy('planned_start')
    .executeTakeFirstOrThrow();
});
afterAll(() => t?.close());

async function raw(client: TestClient, url: string) {
  const res = await t.app.inject({ method: 'GET', url, headers: { cookie: client.cookie ?? '' } });
  return { status: res.statusCode, headers: res.headers, bytes: res.rawPayload };
}

const key = (over: Record<string, unknown> = {}) => ({
  validFrom: '2030-07-01',
  regionId: ids.region,
  regionPercent: 25,
  municipalPercent: 75,
  municipalBasis: 'population',
  populationYear: 2030,
  municipalities: [{ organisationId: ids.exempelby }, { organisationId: ids.norrby }],
  note: 'Kommunerna bär 75 % och regionen 25 %.',
  ...over,
});

describe('keys of joint operations', () => {
  it('lets the steering group add an operation and a key; others may not', async () => {
    expect((await maja.post(`${J}/operations`, { name: 'Testmottagning' })).status).toBe(403);
    const created = await olle.post(`${J}/operations`, {
      name: 'Testmottagning',
      description: 'Integrerad mottagning för test.',
    });
    expect(created.status).toBe(201);
    operationId = created.body.id;
    expect((await olle.post(`${J}/operations`, { name: 'Testmottagning' })).body.errors).toEqual([
      { path: 'name', message: 'an operation has this name' },
    ]);
    expect((await maja.post(`${J}/operations/${operationId}/keys`, key())).status).toBe(403);
    const res = await olle.post(`${J}/operations/${operationId}/keys`, key());
    expect(res.status).toBe(201);
    expect(res.body.keys[0]).toMatchObject({
      version: 1,
      regionPercent: 25,
      municipalPercent: 75,
      municipalBasis: 'population',
      validUntil: null,
    });
  });

  it('refuses shares that do not make exactly 100 %, naming the field', async () => {
    const principals = await olle.post(
      `${J}/operations/${operationId}/keys`,
      key({ validFrom: '2100-01-01', municipalPercent: 70 }),
    );
    expect(principals.status).toBe(400);
    expect(principals.body.errors).toEqual([
      {
        path: 'municipalPercent',
        message: 'regionPercent and municipalPercent must make exactly 100 (they make 95)',
      },
    ]);
    const fixed = await olle.post(
      `${J}/operations/${operationId}/keys`,
      key({
        validFrom: '2100-01-01',
        municipalBasis: 'fixed',
        municipalities: [
          { organisationId: ids.exempelby, percent: 60.5 },
          { organisationId: ids.norrby, percent: 39.4 },
        ],
      }),
    );
    expect(fixed.body.errors).toEqual([
      {
        path: 'municipalities',
        message: "the municipalities' percent must make exactly 100 (they make 99.9)",
      },
    ]);
    const wrongKind = await olle.post(
      `${J}/operations/${operationId}/keys`,
      key({ validFrom: '2100-01-01', regionId: ids.exempelby }),
    );
    expect(wrongKind.body.errors).toEqual([{ path: 'regionId', message: 'no such region' }]);
    const early = await olle.post(`${J}/operations/${operationId}/keys`, key());
    expect(early.body.errors[0].path).toBe('validFrom');
    const listed = await olle.get(`${J}/operations`);
    expect(listed.body.items.find((o: { id: string }) => o.id === operationId).keys).toHaveLength(
      1,
    );
  });

  it('records population per municipality and year', async () => {
    expect((await put(maja, `${J}/populations`, { year: 2030, entries: [] })).status).toBe(400);
    const bad = await put(olle, `${J}/populations`, {
      year: 2030,
      entries: [{ organisationId: ids.region, population: 1 }],
    });
    expect(bad.body.errors).toEqual([
      { path: 'entries[0].organisationId', message: 'no such municipality' },
    ]);
    const res = await put(olle, `${J}/populations`, {
      year: 2030,
      entries: [
        { organisationId: ids.exempelby, population: 30_000 },
        { organisationId: ids.norrby, population: 10_000 },
      ],
    });
    expect(res.status).toBe(200);
    const read = await maja.get(`${J}/populations?year=2030`);
    expect(read.body.items).toEqual(
      expect.arrayContaining([
        { organisationId: ids.norrby, organisationName: 'Norrby kommun', population: 10_000 },
      ]),
    );
    expect((await nora.get(`${J}/populations?year=2030`)).status).toBe(403);
  });
});

describe('the settlement of a period', () => {
  it('splits the operation 75/25 and by population, exactly to the öre', async () => {
    const period = await olle.post(`${J}/periods`, {
      startsOn: '2099-01-01',
      endsOn: '2099-01-31',
    });
    expect(period.status).toBe(201);
    periodId = period.body.id;
    const overlap = await olle.post(`${J}/periods`, {
      startsOn: '2099-01-31',
      endsOn: '2099-02-27',
    });
    expect(overlap.body.errors[0].path).toBe('startsOn');
    expect(
      (await put(olle, `${J}/operations/${operationId}/cost`, { periodId, amountOre: 1.5 })).status,
    ).toBe(400);
    expect(
      (await put(olle, `${J}/operations/${operationId}/cost`, { periodId, amountOre: 1_000_001 }))
        .status,
    ).toBe(204);
    const s = (await maja.get(`${J}/periods/${periodId}/settlement`)).body;
    const op = s.operations.find((o: { operationId: string }) => o.operationId === operationId);
    // 25 %: 250 000.25 → 250 000; 75 %: 750 000.75 → 750 001, then 3:1 by population.
    expect(op).toMatchObject({ totalOre: 1_000_001, problem: null, keyVersion: 1 });
    expect(
      op.parts.map((p: { organisationName: string; ore: number }) => [p.organisationName, p.ore]),
    ).toEqual([
      ['Region Exempel', 250_000],
      ['Exempelby kommun', 562_501],
      ['Norrby kommun', 187_500],
    ]);
  });

  it('costs a placement by its daily rate and splits it by its cost split', async () => {
    expect(
      (await put(nora, `${J}/placements/${placement.id}/daily-rate`, { dailyRateOre: 250_000 }))
        .status,
    ).toBe(404);
    expect((await logRowsFor(t.db, placement.person_id)).at(-1)).toMatchObject({
      action: 'joint-financing.daily-rate',
      outcome: 'denied',
    });
    const before = (await olle.get(`${J}/periods/${periodId}/settlement`)).body;
    const unrated = before.placements.find(
      (p: { placementId: string }) => p.placementId === placement.id,
    );
    if (unrated.dailyRateOre === null) expect(unrated).toMatchObject({ totalOre: null, parts: [] });
    expect(
      (await put(olle, `${J}/placements/${placement.id}/daily-rate`, { dailyRateOre: 250_001 }))
        .status,
    ).toBe(204);
    const s = (await olle.get(`${J}/periods/${periodId}/settlement`)).body;
    const line = s.placements.find((p: { placementId: string }) => p.placementId === placement.id);
    expect(line).toMatchObject({ days: 31, dailyRateOre: 250_001, totalOre: 7_750_031 });
    expect(line.reference).toMatch(/^HVB-[0-9A-F]{8}$/);
    expect(JSON.stringify(line)).not.toContain(placement.person_id);
    expect(line.parts.reduce((n: number, p: { ore: number }) => n + p.ore, 0)).toBe(7_750_031);
    const totals = s.totals.reduce((n: number, p: { ore: number }) => n + p.ore, 0);
    expect(totals).toBe(s.totalOre);
    const rows = await logRowsFor(t.db, placement.person_id);
    expect(rows.at(-1)).toMatchObject({
      action: 'joint-financing.settlement-read',
      ground: 'administration',
      outcome: 'allowed',
    });
    expect(
      rows.some((r) => r.action === 'joint-financing.daily-rate' && r.outcome === 'allowed'),
    ).toBe(true);
  });

  it('is the same report as a workbook and a PDF', async () => {
    const s = (await olle.get(`${J}/periods/${periodId}/settlement`)).body;
    const x = await raw(olle, `${J}/periods/${periodId}/settlement.xlsx`);
    expect(x.status).toBe(200);
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(x.bytes as unknown as ArrayBuffer);
    expect(book.worksheets.map((w) => w.name)).toEqual([
      'Att betala per huvudman',
      'Samfinansierade verksamheter',
      'Placeringar',
      'Om',
    ]);
    const owed = book.getWorksheet('Att betala per huvudman')!;
    const amounts: number[] = [];
    owed.eachRow((row, n) => {
      if (n > 1 && row.getCell(1).value !== 'Summa') amounts.push(Number(row.getCell(2).value));
    });
    expect(amounts.reduce((a, b) => a + b, 0)).toBe(s.totalOre);
    const ops = book.getWorksheet('Samfinansierade verksamheter')!;
    let testOre = 0;
    ops.eachRow((row) => {
      if (row.getCell(1).value === 'Testmottagning') testOre += Number(row.getCell(6).value);
    });
    expect(testOre).toBe(1_000_001);

    const p = await raw(olle, `${J}/periods/${periodId}/settlement.pdf`);
    expect(p.status).toBe(200);
    const lines = await pdfLines(p.bytes);
    expect(lines[0]).toContain('Avräkning samfinansiering');
    expect(lines.join('\n')).toContain('Region Exempel (25 %): 2 500,00 kr');
    const total = `Summa: ${Math.floor(s.totalOre / 100)
      .toString()
      .replace(/\B(?=(\d{3})+(?!\d))/g, ' ')},${String(s.totalOre % 100).padStart(2, '0')} kr`;
    expect(lines.join('\n')).toContain(total);
    expect((await raw(nora, `${J}/periods/${periodId}/settlement.pdf`)).status).toBe(403);
  });

  it('keeps a settled period as it was settled', async () => {
    expect((await maja.post(`${J}/periods/${periodId}/settle`)).status).toBe(403);
    const settled = await olle.post(`${J}/periods/${periodId}/settle`);
    expect(settled.status).toBe(200);
    expect(settled.body.period).toMatchObject({
      status: 'settled',
      settledByName: 'Olle Analytiker',
    });
    expect((await olle.post(`${J}/periods/${periodId}/settle`)).status).toBe(409);
    expect(
      (await put(olle, `${J}/operations/${operationId}/cost`, { periodId, amountOre: 5 })).status,
    ).toBe(409);
    // A later rate does not change the settled report.
    await put(olle, `${J}/placements/${placement.id}/daily-rate`, { dailyRateOre: 1 });
    const again = (await olle.get(`${J}/periods/${periodId}/settlement`)).body;
    expect(again.totalOre).toBe(settled.body.totalOre);
    expect(
      again.placements.find((p: { placementId: string }) => p.placementId === placement.id)
        .totalOre,
    ).toBe(7_750_031);
    const logged = await t.db
      .selectFrom('access_log')
      .select('action')
      .where('person_id', 'is', null)
      .where('at', '>=', startedAt)
      .where('action', 'like', 'joint-financing.%')
      .execute();
    expect(new Set(logged.map((r) => r.action))).toEqual(
      new Set([
        'joint-financing.operation-create',
        'joint-financing.key-create',
        'joint-financing.population-set',
        'joint-financing.period-create',
        'joint-financing.cost-set',
        'joint-financing.period-settle',
      ]),
    );
  });

  it('closes the earlier key version when a new one starts', async () => {
    const res = await olle.post(
      `${J}/operations/${operationId}/keys`,
      key({
        validFrom: '2100-01-01',
        municipalBasis: 'fixed',
        populationYear: undefined,
        municipalities: [
          { organisationId: ids.exempelby, percent: 66.67 },
          { organisationId: ids.norrby, percent: 33.33 },
        ],
      }),
    );
    expect(res.status).toBe(201);
    expect(
      res.body.keys.map((k: { version: number; validUntil: string | null }) => [
        k.version,
        k.validUntil,
      ]),
    ).toEqual([
      [2, null],
      [1, '2099-12-31'],
    ]);
  });
});
