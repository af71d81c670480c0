import { sql, type Insertable } from 'kysely';
import type { Caller } from '../../../access/caller.ts';
import { consentNamesOrganisation, hasCareRelation } from '../../../access/policy.ts';
import type { Db } from '../../../db/database.ts';
import type { WithdrawalRequestTable } from '../../../db/schema.ts';
import type { WithdrawalStatus } from '@vardflata/domain';

const PERSON = sql.ref('w.person_id');

/** The units that hold withdrawal beds (the county's addiction centre), by name. */
export function listBedUnits(db: Db) {
  return db
    .selectFrom('bed_unit as b')
    .innerJoin('unit as u', 'u.id', 'b.unit_id')
    .select(['b.unit_id', 'b.beds', 'u.name as unit_name', 'u.organisation_id'])
    .orderBy('u.name')
    .execute();
}

export function findBedUnit(db: Db, unitId: string) {
  return db
    .selectFrom('bed_unit as b')
    .innerJoin('unit as u', 'u.id', 'b.unit_id')
    .select(['b.unit_id', 'b.beds', 'u.name as unit_name', 'u.organisation_id'])
    .where('b.unit_id', '=', unitId)
    .executeTakeFirst();
}

/**
 * The request with everything the answers show. `ground`: how the bed unit's staff see the
 * person — their own care relation (after admission), or the consent the request rests on; null
 * once that consent is gone (then the queue shows the request without the person's name).
 */
function selectRequests(db: Db, caller: Caller) {
  return db
    .selectFrom('withdrawal_request as w')
    .innerJoin('person as p', 'p.id', 'w.person_id')
    .innerJoin('unit as bu', 'bu.id', 'w.bed_unit_id')
    .innerJoin('unit as ru', 'ru.id', 'w.requesting_unit_id')
    .innerJoin('organisation as ro', 'ro.id', 'w.requesting_organisation_id')
    .selectAll('w')
    .select([
      'p.personal_identity_number',
      'p.given_name',
      'p.family_name',
      'p.protected_identity',
      'bu.name as bed_unit_name',
      'bu.organisation_id as bed_organisation_id',
      'ru.name as requesting_unit_name',
      'ro.name as requesting_organisation_name',
      sql<boolean>`ro.kind = 'municipality'`.as('from_social_services'),
      sql<boolean>`exists (select 1 from sip s
        where s.person_id = w.person_id and s.status = 'active')`.as('part_of_coordinated_plan'),
      sql<'care-relation' | 'own-organisation' | 'consent' | null>`case
        when ${hasCareRelation(caller, PERSON)} then 'care-relation'
        when w.requesting_organisation_id = ${caller.organisationId} then 'own-organisation'
        when ${consentNamesOrganisation(PERSON, sql.val(caller.organisationId), 'information-sharing')}
          or ${consentNamesOrganisation(PERSON, sql.val(caller.organisationId), 'sip')}
          then 'consent'
        end`.as('ground'),
    ]);
}
export type WithdrawalRequestRow = Awaited<ReturnType<typeof findRequest>> & object;

export function findRequest(db: Db, caller: Caller, id: string) {
  return selectRequests(db, caller).where('w.id', '=', id).executeTakeFirst();
}

/** Locks the request row for a change of state. */
export async function lockRequest(trx: Db, id: string) {
  await trx
    .selectFrom('withdrawal_request')
    .select('id')
    .where('id', '=', id)
    .forUpdate()
    .execute();
}

/** The requests of a bed unit in the given states. */
export function listRequestsOfUnit(
  db: Db,
  caller: Caller,
  bedUnitId: string,
  statuses: WithdrawalStatus[],
) {
  return selectRequests(db, caller)
    .where('w.bed_unit_id', '=', bedUnitId)
    .where('w.status', 'in', statuses)
    .orderBy('w.requested_at')
    .execute();
}

/** A person's requests as an organisation that asked for, or holds, the bed sees them. */
export function listRequestsOfPerson(db: Db, caller: Caller, personId: string) {
  return selectRequests(db, caller)
    .where('w.person_id', '=', personId)
    .where((eb) =>
      eb.or([
        eb('w.requesting_organisation_id', '=', caller.organisationId),
        eb('bu.organisation_id', '=', caller.organisationId),
      ]),
    )
    .orderBy('w.requested_at', 'desc')
    .execute();
}

export async function countOccupied(db: Db, bedUnitId: string): Promise<number> {
  const row = await db
    .selectFrom('withdrawal_request')
    .select((eb) => eb.fn.countAll<string>().as('n'))
    .where('bed_unit_id', '=', bedUnitId)
    .where('status', '=', 'admitted')
    .executeTakeFirstOrThrow();
  return Number(row.n);
}

export async function insertRequest(trx: Db, values: Insertable<WithdrawalRequestTable>) {
  const { id } = await trx
    .insertInto('withdrawal_request')
    .values(values)
    .returning('id')
    .executeTakeFirstOrThrow();
  return id;
}

export async function updateRequest(
  trx: Db,
  id: string,
  values: Partial<Insertable<WithdrawalRequestTable>>,
) {
  await trx.updateTable('withdrawal_request').set(values).where('id', '=', id).execute();
}

/** A valid consent of the person naming `organisationId`, purpose information-sharing or sip. */
export async function hasConsentNaming(db: Db, personId: string, organisationId: string) {
  const row = await db
    .selectNoFrom([
      sql<boolean>`(${consentNamesOrganisation(sql.val(personId), sql.val(organisationId), 'information-sharing')}
        or ${consentNamesOrganisation(sql.val(personId), sql.val(organisationId), 'sip')})`.as(
        'ok',
      ),
    ])
    .executeTakeFirstOrThrow();
  return row.ok;
}
