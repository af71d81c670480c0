import type { SessionRegistrations } from '@vardflata/contracts';
import type { Caller } from '../../../access/caller.ts';
import type { Db } from '../../../db/database.ts';
import { notFound } from '../../../http/problem.ts';
import { todayInStockholm } from '../../../util/time.ts';
import { governanceActor } from '../../collaboration-bodies/steering-group.ts';
import { requireMayRunTrainings, sessionHasBeenHeld } from '../competence.policy.ts';
import * as trainings from '../repositories/training.repository.ts';

/** Who registered for a session, for those who record its attendance. */
export async function listRegistrations(
  db: Db,
  caller: Caller,
  sessionId: string,
): Promise<SessionRegistrations> {
  requireMayRunTrainings(await governanceActor(db, caller));
  const session = await trainings.findSession(db, sessionId);
  if (!session) throw notFound();
  const rows = await trainings.listRegistrations(db, sessionId);
  return {
    sessionId,
    heldOn: session.held_on,
    held: sessionHasBeenHeld(session.held_on, todayInStockholm()),
    items: rows.map((r) => ({
      staffId: r.staff_id,
      name: r.name,
      unitName: r.unit_name,
      attended: r.attended,
    })),
  };
}
