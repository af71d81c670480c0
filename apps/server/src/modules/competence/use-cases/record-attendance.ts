import type { AttendanceBody } from '@vardflata/contracts';
import type { Caller } from '../../../access/caller.ts';
import type { Db } from '../../../db/database.ts';
import { badRequest, conflict, notFound } from '../../../http/problem.ts';
import { todayInStockholm } from '../../../util/time.ts';
import { governanceActor } from '../../collaboration-bodies/steering-group.ts';
import { requireMayRunTrainings, sessionHasBeenHeld } from '../competence.policy.ts';
import * as trainings from '../repositories/training.repository.ts';
import { listTrainings } from './list-trainings.ts';

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
