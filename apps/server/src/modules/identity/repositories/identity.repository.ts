import { sql } from 'kysely';
import type { Caller } from '../../../access/caller.ts';
import type { Db } from '../../../db/database.ts';
import type { RegistrationGround } from '@vardflata/contracts';
import { openCareRelationAt } from '../../persons/persons.repository.ts';
import type { IdentityFacts } from '../identity.policy.ts';

/** What a write needs of the caller (the demo seed writes as a staff member too). */
type Actor = Pick<Caller, 'staffId' | 'unitId' | 'organisationId'>;

/** The next serial for a reserve number; never reused (a sequence, not a max()+1). */
export async function nextReserveSerial(trx: Db): Promise<number> {
  const { serial } = await sql<{ serial: string }>`select nextval('reserve_serial') as serial`
    .execute(trx)
    .then((r) => r.rows[0]!);
  return Number(serial);
}

/** Inserts the reserve person and opens the care relation at the caller's unit. */
export async function insertReservePerson(
  trx: Db,
  caller: Actor,
  values: {
    reserveNumber: string;
    dateOfBirth: string;
    givenName: string;
    familyName: string;
    sex: 'female' | 'male' | 'unknown';
    note: string | null;
    ground: RegistrationGround;
    testData?: boolean;
  },
): Promise<string> {
  const { id } = await trx
    .insertInto('person')
    .values({
      personal_identity_number: values.reserveNumber,
      identity_number_kind: 'reservnummer',
      date_of_birth: values.dateOfBirth,
      given_name: values.givenName,
      family_name: values.familyName,
      sex: values.sex,
      identity_note: values.note,
      test_data: values.testData ?? false,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  await openCareRelationAt(trx, {
    personId: id,
    unitId: caller.unitId!,
    organisationId: caller.organisationId!,
    staffId: caller.staffId,
    ground: values.ground,
  });
  return id;
}

/** What a merge needs to know of a person, and whether the caller's unit works with them. */
export function identityFacts(db: Db, caller: Caller, personId: string) {
  return db
    .selectFrom('person as p')
    .select([
      'p.id',
      'p.identity_number_kind',
      'p.merged_into_person_id',
      sql<boolean>`exists (select 1 from care_relation cr where cr.person_id = p.id
        and cr.unit_id = ${caller.unitId} and cr.closed_at is null)`.as('own_unit_open_relation'),
    ])
    .where('p.id', '=', personId)
    .executeTakeFirst() as Promise<IdentityFacts | undefined>;
}

/** The tombstone of a merged reserve identity, if it is one. */
export function findTombstone(db: Db, personId: string) {
  return db
    .selectFrom('person')
    .select(['id', 'merged_into_person_id', 'merged_at'])
    .where('id', '=', personId)
    .where('merged_into_person_id', 'is not', null)
    .executeTakeFirst();
}
