import type { Insertable } from 'kysely';
import type { Db } from '../../db/database.ts';
import type { DisclosureTable } from '../../db/schema.ts';

function selectDisclosures(db: Db) {
  return db
    .selectFrom('disclosure as d')
    .innerJoin('person as p', 'p.id', 'd.person_id')
    .innerJoin('organisation as ro', 'ro.id', 'd.recipient_organisation_id')
    .innerJoin('organisation as so', 'so.id', 'd.disclosed_organisation_id')
    .innerJoin('unit as su', 'su.id', 'd.disclosed_unit_id')
    .innerJoin('staff as s', 's.id', 'd.disclosed_by')
    .selectAll('d')
    .select([
      'p.personal_identity_number',
      'p.given_name',
      'p.family_name',
      'p.protected_identity',
      'ro.name as recipient_organisation_name',
      'so.name as disclosed_organisation_name',
      'su.name as disclosed_unit_name',
      's.name as disclosed_by_name',
    ]);
}
export type DisclosureRow = NonNullable<Awaited<ReturnType<typeof findDisclosure>>>;

export function findDisclosure(db: Db, id: string) {
  return selectDisclosures(db).where('d.id', '=', id).executeTakeFirst();
}

/** What the caller's organisation received: the disclosed content only. */
export function listReceived(db: Db, organisationId: string) {
  return selectDisclosures(db)
    .where('d.recipient_organisation_id', '=', organisationId)
    .orderBy('d.disclosed_at', 'desc')
    .limit(500)
    .execute();
}

/** Not yet acknowledged by the recipient (its worklist). */
export function listUnacknowledged(db: Db, organisationId: string) {
  return selectDisclosures(db)
    .where('d.recipient_organisation_id', '=', organisationId)
    .where('d.acknowledged_at', 'is', null)
    .orderBy('d.disclosed_at')
    .execute();
}

/** What the caller's organisation disclosed about the person. */
export function listDisclosedAbout(db: Db, organisationId: string, personId: string) {
  return selectDisclosures(db)
    .where('d.disclosed_organisation_id', '=', organisationId)
    .where('d.person_id', '=', personId)
    .orderBy('d.disclosed_at', 'desc')
    .execute();
}

export async function insertDisclosure(trx: Db, values: Insertable<DisclosureTable>) {
  const { id } = await trx
    .insertInto('disclosure')
    .values(values)
    .returning('id')
    .executeTakeFirstOrThrow();
  return id;
}

export async function acknowledge(trx: Db, id: string, staffId: string, at: Date) {
  await trx
    .updateTable('disclosure')
    .set({ acknowledged_by: staffId, acknowledged_at: at })
    .where('id', '=', id)
    .where('acknowledged_at', 'is', null)
    .execute();
}

export function findOrganisationKind(db: Db, organisationId: string) {
  return db
    .selectFrom('organisation')
    .select(['id', 'kind'])
    .where('id', '=', organisationId)
    .executeTakeFirst();
}
