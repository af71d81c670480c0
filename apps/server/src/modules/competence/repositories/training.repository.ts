import { sql } from 'kysely';
import type { Db } from '../../../db/database.ts';

export async function listTrainings(db: Db, staffId: string) {
  const trainings = await db.selectFrom('training').selectAll().orderBy('name').execute();
  const sessions = await db
    .selectFrom('training_session as s')
    .leftJoin('training_attendance as a', 'a.session_id', 's.id')
    .select([
      's.id',
      's.training_id',
      's.held_on',
      's.place',
      (eb) => eb.fn.count<string>('a.staff_id').as('registered'),
      sql<string>`count(*) filter (where a.attended)`.as('attended'),
      sql<
        string | null
      >`max(case when a.staff_id = ${staffId} then (case when a.attended then 'attended' else 'registered' end) end)`.as(
        'mine',
      ),
    ])
    .groupBy('s.id')
    .orderBy('s.held_on')
    .execute();
  return trainings.map((t) => ({ ...t, sessions: sessions.filter((s) => s.training_id === t.id) }));
}

export function findSession(db: Db, id: string) {
  return db.selectFrom('training_session').selectAll().where('id', '=', id).executeTakeFirst();
}

export async function insertTraining(
  db: Db,
  values: { code: string; name: string; description: string },
) {
  const { id } = await db
    .insertInto('training')
    .values(values)
    .returning('id')
    .executeTakeFirstOrThrow();
  return id;
}

export async function insertSession(
  db: Db,
  values: { trainingId: string; heldOn: string; place: string },
) {
  const { id } = await db
    .insertInto('training_session')
    .values({ training_id: values.trainingId, held_on: values.heldOn, place: values.place })
    .returning('id')
    .executeTakeFirstOrThrow();
  return id;
}

export async function register(db: Db, sessionId: string, staffId: string): Promise<void> {
  await db
    .insertInto('training_attendance')
    .values({ session_id: sessionId, staff_id: staffId })
    .onConflict((oc) => oc.columns(['session_id', 'staff_id']).doNothing())
    .execute();
}

export async function markAttended(db: Db, sessionId: string, staffIds: string[]): Promise<void> {
  await db
    .insertInto('training_attendance')
    .values(staffIds.map((staff_id) => ({ session_id: sessionId, staff_id, attended: true })))
    .onConflict((oc) => oc.columns(['session_id', 'staff_id']).doUpdateSet({ attended: true }))
    .execute();
}

/**
 * Per unit of the organisations and per training that anyone there completed: the unit's active
 * staff and how many of them attended a session held on or before `until` (by default: any
 * attended session, since attendance is only recorded once a session's day has come).
 */
export function coverageOf(db: Db, organisationIds: string[], until = '9999-12-31') {
  if (organisationIds.length === 0) return Promise.resolve([]);
  return db
    .selectFrom('unit as u')
    .innerJoin('staff as st', (j) =>
      j.onRef('st.unit_id', '=', 'u.id').on('st.disabled_at', 'is', null),
    )
    .crossJoin('training as t')
    .select([
      'u.id as unit_id',
      'u.name as unit_name',
      't.name as training',
      (eb) => eb.fn.count<string>('st.id').distinct().as('staff'),
      sql<string>`count(distinct st.id) filter (where exists (
        select 1 from training_attendance a join training_session s on s.id = a.session_id
        where a.staff_id = st.id and a.attended and s.training_id = t.id and s.held_on <= ${until}::date))`.as(
        'trained',
      ),
    ])
    .where('u.organisation_id', 'in', organisationIds)
    .groupBy(['u.id', 'u.name', 't.id', 't.name'])
    .orderBy('u.name')
    .orderBy('t.name')
    .execute();
}

/** The staff registered for a session, with their unit and whether they attended. */
export function listRegistrations(db: Db, sessionId: string) {
  return db
    .selectFrom('training_attendance as a')
    .innerJoin('staff as st', 'st.id', 'a.staff_id')
    .leftJoin('unit as u', 'u.id', 'st.unit_id')
    .select(['st.id as staff_id', 'st.name', 'u.name as unit_name', 'a.attended'])
    .where('a.session_id', '=', sessionId)
    .orderBy('st.name')
    .orderBy('st.id')
    .execute();
}

/** The county's organisations (coverage is shown for all, or for one). */
export async function organisationIds(db: Db, only?: string): Promise<string[]> {
  let q = db.selectFrom('organisation').select('id');
  if (only) q = q.where('id', '=', only);
  return (await q.execute()).map((r) => r.id);
}
