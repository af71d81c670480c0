import type { Db } from '../../../db/database.ts';

/** Joint operations, their cost-sharing key versions and the population figures (SQL only). */

export function listOperations(db: Db) {
  return db.selectFrom('joint_operation').selectAll().orderBy('name').execute();
}

export function findOperation(db: Db, id: string) {
  return db.selectFrom('joint_operation').selectAll().where('id', '=', id).executeTakeFirst();
}

export async function insertOperation(
  trx: Db,
  values: { name: string; description: string; by: string },
) {
  const { id } = await trx
    .insertInto('joint_operation')
    .values({ name: values.name, description: values.description, created_by: values.by })
    .onConflict((oc) => oc.column('name').doNothing())
    .returning('id')
    .executeTakeFirst()
    .then((r) => r ?? { id: null });
  return id;
}

export async function lockOperation(trx: Db, id: string) {
  await trx.selectFrom('joint_operation').select('id').where('id', '=', id).forUpdate().execute();
}

export function listKeyVersions(db: Db, operationIds: string[]) {
  if (operationIds.length === 0) return Promise.resolve([]);
  return db
    .selectFrom('cost_key_version as k')
    .innerJoin('organisation as r', 'r.id', 'k.region_id')
    .selectAll('k')
    .select('r.name as region_name')
    .where('k.operation_id', 'in', operationIds)
    .orderBy('k.operation_id')
    .orderBy('k.version', 'desc')
    .execute();
}
export type KeyVersionRow = Awaited<ReturnType<typeof listKeyVersions>>[number];

/** The municipalities of key versions, with the population of the key's year where entered. */
export function listKeyMunicipalities(db: Db, keyVersionIds: string[]) {
  if (keyVersionIds.length === 0) return Promise.resolve([]);
  return db
    .selectFrom('cost_key_municipality as m')
    .innerJoin('cost_key_version as k', 'k.id', 'm.key_version_id')
    .innerJoin('organisation as o', 'o.id', 'm.organisation_id')
    .leftJoin('municipality_population as p', (join) =>
      join
        .onRef('p.organisation_id', '=', 'm.organisation_id')
        .onRef('p.year', '=', 'k.population_year'),
    )
    .select([
      'm.key_version_id',
      'm.organisation_id',
      'm.share',
      'o.name as organisation_name',
      'p.population',
    ])
    .where('m.key_version_id', 'in', keyVersionIds)
    .orderBy('o.name')
    .execute();
}
export type KeyMunicipalityRow = Awaited<ReturnType<typeof listKeyMunicipalities>>[number];

export async function insertKeyVersion(
  trx: Db,
  values: {
    operationId: string;
    version: number;
    validFrom: string;
    validUntil: string | null;
    regionId: string;
    regionShare: number;
    municipalShare: number;
    basis: 'population' | 'fixed';
    populationYear: number | null;
    note: string;
    by: string;
    municipalities: { organisationId: string; share: number | null }[];
  },
) {
  const { id } = await trx
    .insertInto('cost_key_version')
    .values({
      operation_id: values.operationId,
      version: values.version,
      valid_from: values.validFrom,
      valid_until: values.validUntil,
      region_id: values.regionId,
      region_share: values.regionShare,
      municipal_share: values.municipalShare,
      municipal_basis: values.basis,
      population_year: values.populationYear,
      note: values.note,
      created_by: values.by,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  await trx
    .insertInto('cost_key_municipality')
    .values(
      values.municipalities.map((m) => ({
        key_version_id: id,
        organisation_id: m.organisationId,
        share: m.share,
      })),
    )
    .execute();
  return id;
}

/** The earlier version ends the day before the new one starts. */
export async function endKeyVersion(trx: Db, id: string, validUntil: string) {
  await trx
    .updateTable('cost_key_version')
    .set({ valid_until: validUntil })
    .where('id', '=', id)
    .execute();
}

export function findOrganisationKinds(db: Db, ids: string[]) {
  if (ids.length === 0) return Promise.resolve([]);
  return db.selectFrom('organisation').select(['id', 'kind']).where('id', 'in', ids).execute();
}

export function listMunicipalitiesWithPopulation(db: Db, year: number) {
  return db
    .selectFrom('organisation as o')
    .leftJoin('municipality_population as p', (join) =>
      join.onRef('p.organisation_id', '=', 'o.id').on('p.year', '=', year),
    )
    .select(['o.id', 'o.name', 'p.population'])
    .where('o.kind', '=', 'municipality')
    .orderBy('o.name')
    .execute();
}

export async function upsertPopulations(
  trx: Db,
  year: number,
  entries: { organisationId: string; population: number }[],
  by: string,
) {
  await trx
    .insertInto('municipality_population')
    .values(
      entries.map((e) => ({
        organisation_id: e.organisationId,
        year,
        population: e.population,
        recorded_by: by,
      })),
    )
    .onConflict((oc) =>
      oc.columns(['organisation_id', 'year']).doUpdateSet({
        population: (eb) => eb.ref('excluded.population'),
        recorded_by: (eb) => eb.ref('excluded.recorded_by'),
      }),
    )
    .execute();
}
