import type { Caller } from '../../access/caller.ts';
import type { Db } from '../../db/database.ts';

/** All SQL of self-fill: the one row that goes with a locked session. */

export async function insertSelfFill(
  trx: Db,
  caller: Caller,
  values: {
    personId: string;
    instrument: 'AUDIT' | 'DUDIT';
    ground: 'care-relation' | 'emergency';
  },
): Promise<Date> {
  // A row left from an earlier lock of this session (it cannot be, the state says active) goes.
  await trx.deleteFrom('self_fill').where('session_id', '=', caller.sessionId).execute();
  const { started_at } = await trx
    .insertInto('self_fill')
    .values({
      session_id: caller.sessionId,
      staff_id: caller.staffId,
      person_id: values.personId,
      unit_id: caller.unitId,
      organisation_id: caller.organisationId,
      instrument: values.instrument,
      ground: values.ground,
    })
    .returning('started_at')
    .executeTakeFirstOrThrow();
  return started_at;
}

export function findSelfFill(db: Db, sessionId: string) {
  return db
    .selectFrom('self_fill')
    .selectAll()
    .where('session_id', '=', sessionId)
    .executeTakeFirst();
}

export type SelfFillRow = NonNullable<Awaited<ReturnType<typeof findSelfFill>>>;

export async function saveAnswers(trx: Db, sessionId: string, answers: (number | null)[]) {
  await trx
    .updateTable('self_fill')
    .set({ answers: JSON.stringify(answers), answered_at: new Date() })
    .where('session_id', '=', sessionId)
    .execute();
}

export async function deleteSelfFill(trx: Db, sessionId: string) {
  await trx.deleteFrom('self_fill').where('session_id', '=', sessionId).execute();
}

export function findPasswordHash(db: Db, staffId: string) {
  return db
    .selectFrom('staff')
    .select(['username', 'password_hash', 'disabled_at'])
    .where('id', '=', staffId)
    .executeTakeFirstOrThrow();
}
