import { appendAccessLog } from '../../audit/access-log.ts';
import * as keys from '../../modules/joint-financing/repositories/key.repository.ts';
import * as settlements from '../../modules/joint-financing/repositories/settlement.repository.ts';
import { loadSettlement } from '../../modules/joint-financing/settlement.load.ts';
import type { Db } from '../database.ts';
import { dayFrom, timeOn } from './demo-sip-writer.ts';
import type { SeedSipContext } from './demo-sips.ts';

/**
 * gov: joint financing (F18, decision 0019-e) — the integrated reception of seed 003 with the
 * key "kommunerna bär 75 % av kostnaderna och regionen 25 %", the municipalities by population;
 * a joint withdrawal unit with fixed shares; daily rates on the HVB placements (their 70/30
 * splits are the placements' own); last month settled, this month open. Olle plays the county
 * steering group (decision 0016-a).
 */
export async function seedDemoJointFinancing(trx: Db, ctx: SeedSipContext): Promise<void> {
  const org = (name: string) => ctx.organisationIds.get(name)!;
  const olle = ctx.staffIds.get('olle.analytiker')!;
  const caller = { staffId: olle, unitId: null, organisationId: org('Region Exempel') };
  const region = org('Region Exempel');
  const exempelby = org('Exempelby kommun');
  const norrby = org('Norrby kommun');
  const today = dayFrom(0);
  const year = Number(today.slice(0, 4));
  const log = (
    days: number,
    action: Parameters<typeof appendAccessLog>[2][number]['action'],
    detail: Record<string, string | number>,
  ) =>
    appendAccessLog(
      trx,
      caller,
      [{ personId: null, action, ground: 'administration', outcome: 'allowed', detail }],
      { at: timeOn(days, '10:00') },
    );

  for (const y of [year - 1, year]) {
    await keys.upsertPopulations(
      trx,
      y,
      [
        { organisationId: exempelby, population: y === year ? 52_410 : 52_035 },
        { organisationId: norrby, population: y === year ? 18_320 : 18_460 },
      ],
      olle,
    );
    await log(-300, 'joint-financing.population-set', { year: y, municipalities: 2 });
  }

  const reception = (await keys.insertOperation(trx, {
    name: 'Integrerad beroendemottagning',
    description:
      'Socialmedicinsk mottagning där regionen och kommunerna arbetar tillsammans (seed 003). Samordnare och gemensamma lokalkostnader finansieras gemensamt.',
    by: olle,
  }))!;
  await keys.insertKeyVersion(trx, {
    operationId: reception,
    version: 1,
    validFrom: `${year - 1}-01-01`,
    validUntil: null,
    regionId: region,
    regionShare: 2500,
    municipalShare: 7500,
    basis: 'population',
    populationYear: year - 1,
    note: 'Kommunerna bär 75 % av kostnaderna och regionen 25 %; kommunerna sinsemellan efter invånarantal.',
    by: olle,
    municipalities: [
      { organisationId: exempelby, share: null },
      { organisationId: norrby, share: null },
    ],
  });
  const withdrawal = (await keys.insertOperation(trx, {
    name: 'Gemensam abstinensenhet',
    description: 'Abstinensplatser som regionen och kommunerna finansierar tillsammans.',
    by: olle,
  }))!;
  await keys.insertKeyVersion(trx, {
    operationId: withdrawal,
    version: 1,
    validFrom: `${year - 1}-01-01`,
    validUntil: null,
    regionId: region,
    regionShare: 5000,
    municipalShare: 5000,
    basis: 'fixed',
    populationYear: null,
    note: 'Lika delar mellan huvudmännen; kommunerna efter avtalade fasta andelar.',
    by: olle,
    municipalities: [
      { organisationId: exempelby, share: 7000 },
      { organisationId: norrby, share: 3000 },
    ],
  });
  for (const operationId of [reception, withdrawal]) {
    await log(-300, 'joint-financing.operation-create', { operationId });
    await log(-300, 'joint-financing.key-create', { operationId, version: 1 });
  }

  // Daily rates of the placing municipality's HVB placements (their split is 70/30).
  const placements = await trx.selectFrom('placement').select(['id', 'person_id']).execute();
  for (const p of placements) {
    await settlements.upsertDailyRate(trx, { placementId: p.id, dailyRateOre: 345_000, by: olle });
    await appendAccessLog(
      trx,
      caller,
      [
        {
          personId: p.person_id,
          action: 'joint-financing.daily-rate',
          ground: 'administration',
          outcome: 'allowed',
          detail: { placementId: p.id, dailyRateOre: 345_000 },
        },
      ],
      { at: timeOn(-100, '10:00') },
    );
  }

  // Last month (settled) and this month (open), by the seed day.
  const month = (offset: number) => {
    const d = new Date(Date.UTC(year, Number(today.slice(5, 7)) - 1 + offset, 1));
    const end = new Date(Date.UTC(d.getUTCFullYear(), d.getUTCMonth() + 1, 0));
    return { startsOn: d.toISOString().slice(0, 10), endsOn: end.toISOString().slice(0, 10) };
  };
  const past = await settlements.insertPeriod(trx, { ...month(-1), by: olle });
  const current = await settlements.insertPeriod(trx, { ...month(0), by: olle });
  const costs: [string, string, number][] = [
    [reception, past, 48_650_000],
    [withdrawal, past, 112_300_050],
    [reception, current, 49_120_000],
  ];
  for (const [operationId, periodId, amountOre] of costs) {
    await settlements.upsertOperationCost(trx, { operationId, periodId, amountOre, by: olle });
    await log(-5, 'joint-financing.cost-set', { operationId, periodId, amountOre });
  }
  const settled = await loadSettlement(trx, (await settlements.findPeriod(trx, past))!);
  await settlements.settlePeriod(trx, past, {
    snapshot: settled,
    by: olle,
    at: timeOn(-3, '14:00'),
  });
  await log(-3, 'joint-financing.period-settle', {
    periodId: past,
    totalOre: settled.report.totalOre,
  });
}
