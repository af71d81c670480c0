import type { Organisation, OrganisationKind } from '@vardflata/contracts';
import type { Db } from '../../db/database.ts';

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
  return db
    .updateTable('organisation')
    .set({ name })
    .where('id', '=', id)
    .returning('id')
    .executeTakeFirst();
}

export async function insertUnit(db: Db, organisationId: string, name: string) {
  return db
    .insertInto('unit')
    .values({ organisation_id: organisationId, name })
    .returning(['id', 'name'])
    .executeTakeFirstOrThrow();
}

export async function renameUnit(db: Db, id: string, name: string) {
  return db
    .updateTable('unit')
    .set({ name })
    .where('id', '=', id)
    .returning(['id', 'name'])
    .executeTakeFirst();
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
