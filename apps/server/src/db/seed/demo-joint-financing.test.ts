import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp, type TestClient } from '../../test/harness.ts';

/** The demo county's joint financing: a 75/25 key by population, a settled and an open month. */
let t: TestApp;
let olle: TestClient;
beforeAll(async () => {
  t = await startTestApp();
  olle = await t.signIn('olle.analytiker');
});
afterAll(async () => t?.close());

interface Part {
  organisationName: string;
  percent: number;
  ore: number;
}

describe('demo joint financing', () => {
  it('has the integrated reception with 75/25, the municipalities by population', async () => {
    const ops = (await olle.get('/api/joint-financing/operations')).body.items;
    const reception = ops.find((o: { name: string }) => o.name === 'Integrerad beroendemottagning');
    expect(reception.keys[0]).toMatchObject({
      regionPercent: 25,
      municipalPercent: 75,
      municipalBasis: 'population',
    });
    expect(
      reception.keys[0].municipalities.every((m: { population: number | null }) => m.population),
    ).toBe(true);
    expect(reception.mayManage).toBe(true);
  });

  it('has last month settled and this month open, both adding up to the öre', async () => {
    const periods = (await olle.get('/api/joint-financing/periods')).body.items;
    expect(periods.map((p: { status: string }) => p.status)).toEqual(['open', 'settled']);
    for (const p of periods) {
      const s = (await olle.get(`/api/joint-financing/periods/${p.id}/settlement`)).body;
      const parts = [
        ...s.operations.flatMap((o: { parts: Part[] }) => o.parts),
        ...s.placements.flatMap((x: { parts: Part[] }) => x.parts),
      ];
      expect(parts.reduce((n: number, x: Part) => n + x.ore, 0)).toBe(s.totalOre);
      for (const o of s.operations.filter((x: { totalOre: number | null }) => x.totalOre !== null))
        expect(o.parts.reduce((n: number, x: Part) => n + x.ore, 0)).toBe(o.totalOre);
    }
    const settled = (await olle.get(`/api/joint-financing/periods/${periods[1].id}/settlement`))
      .body;
    const reception = settled.operations.find(
      (o: { name: string }) => o.name === 'Integrerad beroendemottagning',
    );
    expect(reception.parts[0]).toMatchObject({ organisationName: 'Region Exempel', percent: 25 });
    expect(settled.placements.length).toBeGreaterThanOrEqual(1);
    expect(settled.placements[0].parts.map((x: Part) => x.percent)).toEqual([70, 30]);
  });
});
