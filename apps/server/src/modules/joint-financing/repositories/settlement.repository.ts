import type { Db } from '../../../db/database.ts';

/** Settlement periods, operation costs, placements' daily rates and costs (SQL only). */

function selectPeriods(db: Db) {
  return db
    .selectFrom('settlement_period as p')
    .leftJoin('staff as s', 's.id', 'p.settled_by')
    .select([
      'p.id',
      'p.starts_on',
      'p.ends_on',
      'p.status',
      'p.snapshot',
      'p.settled_at',
      's.name as settled_by_name',
    ]);
}
export function listPeriods(db: Db) {
  return selectPeriods(db).orderBy('p.starts_on', 'desc').execute();
}
export function findPeriod(db: Db, id: string) {
  return selectPeriods(db).where('p.id', '=', id).executeTakeFirst();
}
export type PeriodRow = NonNullable<Awaited<ReturnType<typeof findPeriod>>>;

export async function lockPeriod(trx: Db, id: string) {
  await trx.selectFrom('settlement_period').select('id').where('id', '=', id).forUpdate().execute();
}

/** A period that shares a day with [startsOn, endsOn], if any. */
export function findOverlappingPeriod(db: Db, startsOn: string, endsOn: string) {
  return db
    .selectFrom('settlement_period')
    .select(['id', 'starts_on', 'ends_on'])
    .where('starts_on', '<=', endsOn)
    .where('ends_on', '>=', startsOn)
    .executeTakeFirst();
}

export async function insertPeriod(
  trx: Db,
  values: { startsOn: string; endsOn: string; by: string },
) {
  const { id } = await trx
    .insertInto('settlement_period')
    .values({ starts_on: values.startsOn, ends_on: values.endsOn, created_by: values.by })
    .returning('id')
    .executeTakeFirstOrThrow();
  return id;
}

export async function settlePeriod(
  trx: Db,
  id: string,
  values: { snapshot: unknown; by: string; at: Date },
) {
  await trx
    .updateTable('settlement_period')
    .set({
      status: 'settled',
      snapshot: JSON.stringify(values.snapshot),
      settled_by: values.by,
      settled_at: values.at,
    })
    .where('id', '=', id)
    .execute();
}

export async function upsertOperationCost(
  trx: Db,
  values: { operationId: string; periodId: string; amountOre: number; by: string },
) {
  await trx
    .insertInto('joint_operation_cost')
    .values({
      operation_id: values.operationId,
      period_id: values.periodId,
      amount_ore: values.amountOre,
      recorded_by: values.by,
    })
    .onConflict((oc) =>
      oc.columns(['operation_id', 'period_id']).doUpdateSet({
        amount_ore: values.amountOre,
        recorded_by: values.by,
      }),
    )
    .execute();
}

export function listOperationCosts(db: Db, periodId: string) {
  return db
    .selectFrom('joint_operation_cost')
    .select(['operation_id', 'amount_ore'])
    .where('period_id', '=', periodId)
    .execute();
}

/** Placements that run on some day of the period, with their daily rate (null: not entered). */
export function listPlacementsInPeriod(db: Db, startsOn: string, endsOn: string) {
  return db
    .selectFrom('placement as pl')
    .innerJoin('organisation as po', 'po.id', 'pl.placing_organisation_id')
    .innerJoin('unit as vu', 'vu.id', 'pl.provider_unit_id')
    .leftJoin('placement_daily_rate as r', 'r.placement_id', 'pl.id')
    .select([
      'pl.id',
      'pl.person_id',
      'pl.planned_start',
      'pl.ended_on',
      'po.name as placing_organisation_name',
      'vu.name as provider_unit_name',
      'r.daily_rate_ore',
    ])
    .where('pl.planned_start', '<=', endsOn)
    .where((eb) => eb.or([eb('pl.ended_on', 'is', null), eb('pl.ended_on', '>', startsOn)]))
    .orderBy('pl.planned_start')
    .orderBy('pl.id')
    .execute();
}
export type PeriodPlacementRow = Awaited<ReturnType<typeof listPlacementsInPeriod>>[number];

export function findPlacementForRate(db: Db, id: string) {
  return db
    .selectFrom('placement')
    .select(['id', 'person_id', 'placing_organisation_id'])
    .where('id', '=', id)
    .executeTakeFirst();
}

export function personsOfPlacements(db: Db, ids: string[]) {
  if (ids.length === 0) return Promise.resolve([]);
  return db
    .selectFrom('placement')
    .select(['id', 'person_id'])
    .where('id', 'in', ids)
    .orderBy('id')
    .execute();
}

export async function upsertDailyRate(
  trx: Db,
  values: { placementId: string; dailyRateOre: number; by: string },
) {
  await trx
    .insertInto('placement_daily_rate')
    .values({
      placement_id: values.placementId,
      daily_rate_ore: values.dailyRateOre,
      recorded_by: values.by,
    })
    .onConflict((oc) =>
      oc.column('placement_id').doUpdateSet({
        daily_rate_ore: values.dailyRateOre,
        recorded_by: values.by,
      }),
    )
    .execute();
}
