import type { Organisation, OrganisationKind } from '@vardflata/contracts';
import type { Db } from '../../db/database.ts';
import { forgetAllCachedSessions } from '../../auth/session-cache.ts';

export async function listOrganisations(db: Db): Promise<Organisation[]> {
  const [organisations, units] = await Promise.all([
    db.selectFrom('organisation').select(['id', 'name', 'kind']).orderBy('name').execute(),
    db.selectFrom('unit').select(['id', 'name', 'organisation_id']).orderBy('name').execute(),
  ]);
  return organisations.map((o) => ({
    id: o.id,
    name: o.name,
    kind: o.kind,
    units: units.filter((u) => u.organisation_id === o.id).map((u) => ({ id: u.id, name: u.name })),
  }));
}

export async function insertOrganisation(db: Db, name: string, kind: OrganisationKind) {
  return db
    .insertInto('organisation')
    .values({ name, kind })
    .returning(['id', 'name', 'kind'])
    .executeTakeFirstOrThrow();
}

export async function renameOrganisation(db: Db, id: string, name: string) {
  const renamed = await db
    .updateTable('organisation')
    .set({ name })
    .where('id', '=', id)
    .returning('id')
    .executeTakeFirst();
  forgetAllCachedSessions(); // the name is in every cached caller of it
  return renamed;
}

export async function insertUnit(db: Db, organisationId: string, name: string) {
  return db
    .insertInto('unit')
    .values({ organisation_id: organisationId, name })
    .returning(['id', 'name'])
    .executeTakeFirstOrThrow();
}

export async function renameUnit(db: Db, id: string, name: string) {
  const renamed = await db
    .updateTable('unit')
    .set({ name })
    .where('id', '=', id)
    .returning(['id', 'name'])
    .executeTakeFirst();
  forgetAllCachedSessions(); // the name is in every cached caller of it
  return renamed;
}

export function findUnit(db: Db, id: string) {
  return db
    .selectFrom('unit')
    .select(['id', 'organisation_id'])
    .where('id', '=', id)
    .executeTakeFirst();
}

export function findOrganisation(db: Db, id: string) {
  return db
    .selectFrom('organisation')
    .select(['id', 'kind'])
    .where('id', '=', id)
    .executeTakeFirst();
}

// ---------------------------------------------------------------- look-ups by id (sip module)

/** Of `ids`, those that name an organisation. */
export async function existingOrganisationIds(db: Db, ids: string[]): Promise<Set<string>> {
  if (ids.length === 0) return new Set();
  const rows = await db.selectFrom('organisation').select('id').where('id', 'in', ids).execute();
  return new Set(rows.map((r) => r.id));
}

/** Units by id, with their organisation's name and kind. */
export function findUnitsByIds(db: Db, unitIds: string[]) {
  if (unitIds.length === 0) return Promise.resolve([]);
  return db
    .selectFrom('unit as u')
    .innerJoin('organisation as o', 'o.id', 'u.organisation_id')
    .select([
      'u.id',
      'u.name',
      'u.organisation_id',
      'o.name as organisation_name',
      'o.kind as organisation_kind',
    ])
    .where('u.id', 'in', [...new Set(unitIds)])
    .execute();
}
export type UnitWithOrganisation = Awaited<ReturnType<typeof findUnitsByIds>>[number];

export function findOrganisationsByIds(db: Db, organisationIds: string[]) {
  if (organisationIds.length === 0) return Promise.resolve([]);
  return db
    .selectFrom('organisation')
    .select(['id', 'name', 'kind'])
    .where('id', 'in', [...new Set(organisationIds)])
    .execute();
}

/** The names of the units and organisations among `ids` (ids of either kind, mixed). */
export async function namesOfUnitsAndOrganisations(
  db: Db,
  ids: string[],
): Promise<Map<string, string>> {
  const wanted = [...new Set(ids)];
  if (wanted.length === 0) return new Map();
  const rows = await db
    .selectFrom('unit')
    .select(['id', 'name'])
    .where('id', 'in', wanted)
    .unionAll(db.selectFrom('organisation').select(['id', 'name']).where('id', 'in', wanted))
    .execute();
  return new Map(rows.map((r) => [r.id, r.name]));
}
