import type { AttendanceBody, FollowUp, PlanSessionBody, Training } from '@vardflata/contracts';
import type { Caller } from '../../../access/caller.ts';
import type { Db } from '../../../db/database.ts';
import { badRequest, conflict, notFound } from '../../../http/problem.ts';
import { todayInStockholm } from '../../../util/time.ts';
import { governanceActor } from '../../collaboration-bodies/steering-group.ts';
import {
  mayRunTrainings,
  requireMayRunTrainings,
  sessionHasBeenHeld,
} from '../competence.policy.ts';
import * as trainings from '../repositories/training.repository.ts';

export async function listTrainings(db: Db, caller: Caller): Promise<Training[]> {
  const mayRun = mayRunTrainings(await governanceActor(db, caller));
  return (await trainings.listTrainings(db, caller.staffId)).map((t) => ({
    id: t.id,
    code: t.code,
    name: t.name,
    description: t.description,
    sessions: t.sessions.map((s) => ({
      id: s.id,
      heldOn: s.held_on,
      place: s.place,
      registered: Number(s.registered),
      attended: Number(s.attended),
      mine: (s.mine ?? 'none') as 'none' | 'registered' | 'attended',
    })),
    completed: t.sessions.some((s) => s.mine === 'attended'),
    mayRun,
  }));
}

export async function planSession(
  db: Db,
  caller: Caller,
  trainingId: string,
  body: PlanSessionBody,
) {
  requireMayRunTrainings(await governanceActor(db, caller));
  const all = await trainings.listTrainings(db, caller.staffId);
  if (!all.some((t) => t.id === trainingId)) throw notFound();
  await trainings.insertSession(db, { trainingId, heldOn: body.heldOn, place: body.place });
  return listTrainings(db, caller);
}

export async function registerSelf(db: Db, caller: Caller, sessionId: string) {
  if (!(await trainings.findSession(db, sessionId))) throw notFound();
  await trainings.register(db, sessionId, caller.staffId);
  return listTrainings(db, caller);
}

export async function recordAttendance(
  db: Db,
  caller: Caller,
  sessionId: string,
  body: AttendanceBody,
) {
  requireMayRunTrainings(await governanceActor(db, caller));
  const session = await trainings.findSession(db, sessionId);
  if (!session) throw notFound();
  if (!sessionHasBeenHeld(session.held_on, todayInStockholm()))
    throw conflict(
      'The session has not been held yet; attendance is recorded on or after its day.',
    );
  try {
    await db.transaction().execute((trx) => trainings.markAttended(trx, sessionId, body.staffIds));
  } catch {
    throw badRequest([{ path: 'staffIds', message: 'names a staff member that does not exist' }]);
  }
  return listTrainings(db, caller);
}

/** Coverage per unit, for the annual follow-up under Kvalitet (a figure only where a unit has
 * staff; units without staff are left out rather than shown as 0 of 0). */
export async function coverage(
  db: Db,
  organisationIds: string[],
  year: number,
): Promise<FollowUp['competence']> {
  const rows = await trainings.coverageOf(db, organisationIds, `${year}-12-31`);
  return rows
    .filter((r) => Number(r.staff) > 0)
    .map((r) => ({
      unitId: r.unit_id,
      unitName: r.unit_name,
      training: r.training,
      staff: Number(r.staff),
      trained: Number(r.trained),
    }));
}
