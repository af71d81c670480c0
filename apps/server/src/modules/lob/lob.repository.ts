import type { Insertable, Updateable } from 'kysely';
import type { Db } from '../../db/database.ts';
import type { LobIntakeTable } from '../../db/schema.ts';

function selectIntakes(db: Db) {
  return db
    .selectFrom('lob_intake as l')
    .innerJoin('person as p', 'p.id', 'l.person_id')
    .innerJoin('unit as u', 'u.id', 'l.unit_id')
    .leftJoin('unit as tu', 'tu.id', 'l.to_unit_id')
    .selectAll('l')
    .select([
      'p.personal_identity_number',
      'p.given_name',
      'p.family_name',
      'p.protected_identity',
      'u.name as unit_name',
      'tu.name as to_unit_name',
    ]);
}
export type LobIntakeRow = NonNullable<Awaited<ReturnType<typeof findIntake>>>;

export function findIntake(db: Db, id: string) {
  return selectIntakes(db).where('l.id', '=', id).executeTakeFirst();
}

/** The person's intakes as the intake unit's organisation or the receiving unit sees them. */
export function listIntakesOfPerson(
  db: Db,
  personId: string,
  caller: { organisationId: string | null; unitId: string | null },
) {
  return selectIntakes(db)
    .where('l.person_id', '=', personId)
    .where((eb) =>
      eb.or([
        eb('l.organisation_id', '=', caller.organisationId),
        eb('l.to_unit_id', '=', caller.unitId),
      ]),
    )
    .orderBy('l.brought_in_at', 'desc')
    .execute();
}

/** Sobering at the unit, not yet handed over (its worklist). */
export function listOpenAtUnit(db: Db, unitId: string) {
  return selectIntakes(db)
    .where('l.unit_id', '=', unitId)
    .where('l.status', '=', 'sobering')
    .orderBy('l.brought_in_at')
    .execute();
}

/** Handed over to the unit, not yet received (its worklist). */
export function listToReceive(db: Db, unitId: string) {
  return selectIntakes(db)
    .where('l.to_unit_id', '=', unitId)
    .where('l.received_at', 'is', null)
    .orderBy('l.handed_over_at')
    .execute();
}

export async function insertIntake(trx: Db, values: Insertable<LobIntakeTable>) {
  const { id } = await trx
    .insertInto('lob_intake')
    .values(values)
    .returning('id')
    .executeTakeFirstOrThrow();
  return id;
}

export async function updateIntake(trx: Db, id: string, values: Updateable<LobIntakeTable>) {
  await trx.updateTable('lob_intake').set(values).where('id', '=', id).execute();
}

export async function lockIntake(trx: Db, id: string) {
  await trx.selectFrom('lob_intake').select('id').where('id', '=', id).forUpdate().execute();
}
