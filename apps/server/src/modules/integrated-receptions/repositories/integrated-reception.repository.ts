import type { IntegratedReception, OrganisationKind } from '@vardflata/contracts';
import type { Db } from '../../../db/database.ts';

export async function listIntegratedReceptions(db: Db): Promise<IntegratedReception[]> {
  const [receptions, units] = await Promise.all([
    db.selectFrom('integrated_reception').select(['id', 'name']).orderBy('name').execute(),
    db
      .selectFrom('integrated_reception_unit as ru')
      .innerJoin('unit as u', 'u.id', 'ru.unit_id')
      .innerJoin('organisation as o', 'o.id', 'u.organisation_id')
      .select([
        'ru.reception_id',
        'u.id',
        'u.name',
        'o.id as organisationId',
        'o.name as organisationName',
        'o.kind as organisationKind',
      ])
      .orderBy('o.name')
      .orderBy('u.name')
      .execute(),
  ]);
  return receptions.map((r) => ({
    id: r.id,
    name: r.name,
    units: units.filter((u) => u.reception_id === r.id).map(({ reception_id: _, ...u }) => u),
  }));
}

/** The named units with their principal's kind (missing ids are simply absent). */
export function findUnitsWithKind(
  db: Db,
  unitIds: string[],
): Promise<{ id: string; organisationKind: OrganisationKind }[]> {
  if (unitIds.length === 0) return Promise.resolve([]);
  return db
    .selectFrom('unit as u')
    .innerJoin('organisation as o', 'o.id', 'u.organisation_id')
    .select(['u.id', 'o.kind as organisationKind'])
    .where('u.id', 'in', unitIds)
    .execute();
}

/** Of `unitIds`, those already in a reception other than `receptionId`. */
export async function unitsInOtherReceptions(
  db: Db,
  unitIds: string[],
  receptionId: string | null,
): Promise<string[]> {
  if (unitIds.length === 0) return [];
  let q = db
    .selectFrom('integrated_reception_unit')
    .select('unit_id')
    .where('unit_id', 'in', unitIds);
  if (receptionId) q = q.where('reception_id', '<>', receptionId);
  return (await q.execute()).map((r) => r.unit_id);
}

export async function insertReception(db: Db, name: string): Promise<string> {
  const row = await db
    .insertInto('integrated_reception')
    .values({ name })
    .returning('id')
    .executeTakeFirstOrThrow();
  return row.id;
}

export async function renameReception(db: Db, id: string, name: string): Promise<boolean> {
  const row = await db
    .updateTable('integrated_reception')
    .set({ name })
    .where('id', '=', id)
    .returning('id')
    .executeTakeFirst();
  return row !== undefined;
}

export async function replaceReceptionUnits(db: Db, receptionId: string, unitIds: string[]) {
  await db
    .deleteFrom('integrated_reception_unit')
    .where('reception_id', '=', receptionId)
    .execute();
  await db
    .insertInto('integrated_reception_unit')
    .values(unitIds.map((unit_id) => ({ unit_id, reception_id: receptionId })))
    .execute();
}
