import { sql, type Insertable, type Updateable } from 'kysely';
import type { Caller } from '../../../access/caller.ts';
import type { Db } from '../../../db/database.ts';
import type { PlacementEventTable, PlacementTable } from '../../../db/schema.ts';

/** Units with their organisation's kind, by id (validating a body's unit ids). */
export function findUnitsWithKind(db: Db, unitIds: string[]) {
  if (unitIds.length === 0) return Promise.resolve([]);
  return db
    .selectFrom('unit as u')
    .innerJoin('organisation as o', 'o.id', 'u.organisation_id')
    .select(['u.id', 'u.name', 'u.organisation_id', 'o.kind as organisation_kind'])
    .where('u.id', 'in', unitIds)
    .execute();
}

export function findOrganisationsWithKind(db: Db, organisationIds: string[]) {
  if (organisationIds.length === 0) return Promise.resolve([]);
  return db
    .selectFrom('organisation')
    .select(['id', 'name', 'kind'])
    .where('id', 'in', organisationIds)
    .execute();
}

/** Placements the caller's organisation is part of: placing, providing or health care. */
function selectPlacements(db: Db, caller: Caller) {
  return db
    .selectFrom('placement as pl')
    .innerJoin('unit as pu', 'pu.id', 'pl.placing_unit_id')
    .innerJoin('unit as vu', 'vu.id', 'pl.provider_unit_id')
    .innerJoin('organisation as ho', 'ho.id', 'pl.health_care_organisation_id')
    .leftJoin('unit as lu', 'lu.id', 'pl.laro_unit_id')
    .selectAll('pl')
    .select([
      'pu.name as placing_unit_name',
      'vu.name as provider_unit_name',
      'ho.name as health_care_organisation_name',
      'lu.name as laro_unit_name',
    ])
    .where((eb) =>
      eb.or([
        eb('pl.placing_organisation_id', '=', caller.organisationId),
        eb('pl.provider_organisation_id', '=', caller.organisationId),
        eb('pl.health_care_organisation_id', '=', caller.organisationId),
      ]),
    );
}
export type PlacementRow = NonNullable<Awaited<ReturnType<typeof findPlacement>>>;

export function findPlacement(db: Db, caller: Caller, id: string) {
  return selectPlacements(db, caller).where('pl.id', '=', id).executeTakeFirst();
}

export function listPlacementsOfPerson(db: Db, caller: Caller, personId: string) {
  return selectPlacements(db, caller)
    .where('pl.person_id', '=', personId)
    .orderBy('pl.planned_start', 'desc')
    .execute();
}

/** Whose placement it is, whether or not the caller may see it (for a refusal's log row). */
export async function findPlacementPersonId(db: Db, id: string): Promise<string | null> {
  const row = await db
    .selectFrom('placement')
    .select('person_id')
    .where('id', '=', id)
    .executeTakeFirst();
  return row?.person_id ?? null;
}

export async function lockPlacement(trx: Db, id: string) {
  await trx.selectFrom('placement').select('id').where('id', '=', id).forUpdate().execute();
}

export function listCostShares(db: Db, placementIds: string[]) {
  if (placementIds.length === 0) return Promise.resolve([]);
  return db
    .selectFrom('placement_cost_share as c')
    .innerJoin('organisation as o', 'o.id', 'c.organisation_id')
    .select(['c.placement_id', 'c.organisation_id', 'c.percent', 'o.name as organisation_name'])
    .where('c.placement_id', 'in', placementIds)
    .orderBy('c.percent', 'desc')
    .orderBy('o.name')
    .execute();
}
export type CostShareRow = Awaited<ReturnType<typeof listCostShares>>[number];

export function listEvents(db: Db, placementIds: string[]) {
  if (placementIds.length === 0) return Promise.resolve([]);
  return db
    .selectFrom('placement_event as e')
    .innerJoin('staff as s', 's.id', 'e.recorded_by')
    .innerJoin('unit as u', 'u.id', 'e.recorded_unit_id')
    .leftJoin('staff as c', 'c.id', 'e.confirmed_by')
    .selectAll('e')
    .select([
      's.name as recorded_by_name',
      'u.name as recorded_unit_name',
      'c.name as confirmed_by_name',
      sql<string[]>`array(select ru.name from unit ru
        where ru.id = any(e.recipient_unit_ids) order by ru.name)`.as('recipient_unit_names'),
    ])
    .where('e.placement_id', 'in', placementIds)
    .orderBy('e.at')
    .orderBy('e.id')
    .execute();
}
export type PlacementEventRow = Awaited<ReturnType<typeof listEvents>>[number];

export function findEvent(db: Db, placementId: string, eventId: string) {
  return db
    .selectFrom('placement_event')
    .selectAll()
    .where('placement_id', '=', placementId)
    .where('id', '=', eventId)
    .executeTakeFirst();
}

export async function insertPlacement(
  trx: Db,
  values: Insertable<PlacementTable>,
  shares: { organisationId: string; percent: number }[],
) {
  const { id } = await trx
    .insertInto('placement')
    .values(values)
    .returning('id')
    .executeTakeFirstOrThrow();
  await trx
    .insertInto('placement_cost_share')
    .values(
      shares.map((s) => ({
        placement_id: id,
        organisation_id: s.organisationId,
        percent: s.percent,
      })),
    )
    .execute();
  return id;
}

export async function updatePlacement(trx: Db, id: string, values: Updateable<PlacementTable>) {
  await trx.updateTable('placement').set(values).where('id', '=', id).execute();
}

export async function insertEvent(trx: Db, values: Insertable<PlacementEventTable>) {
  const { id } = await trx
    .insertInto('placement_event')
    .values(values)
    .returning('id')
    .executeTakeFirstOrThrow();
  return id;
}

export async function confirmEvent(trx: Db, eventId: string, staffId: string, at: Date) {
  await trx
    .updateTable('placement_event')
    .set({ confirmed_by: staffId, confirmed_at: at })
    .where('id', '=', eventId)
    .execute();
}

/** Medication changes waiting for the confirmation of a physician of `laroUnitId`. */
export function listUnconfirmedMedicationChanges(db: Db, laroUnitId: string) {
  return db
    .selectFrom('placement_event as e')
    .innerJoin('placement as pl', 'pl.id', 'e.placement_id')
    .innerJoin('unit as vu', 'vu.id', 'pl.provider_unit_id')
    .select(['e.id', 'e.at', 'e.placement_id', 'pl.person_id', 'vu.name as provider_unit_name'])
    .where('pl.laro_unit_id', '=', laroUnitId)
    .where('pl.status', '=', 'planned')
    .where('e.kind', '=', 'medication-change')
    .where('e.confirmed_at', 'is', null)
    .orderBy('e.at')
    .execute();
}
