import type { PlanSessionBody } from '@vardflata/contracts';
import type { Caller } from '../../../access/caller.ts';
import type { Db } from '../../../db/database.ts';
import { notFound } from '../../../http/problem.ts';
import { governanceActor } from '../../collaboration-bodies/steering-group.ts';
import { requireMayRunTrainings } from '../competence.policy.ts';
import * as trainings from '../repositories/training.repository.ts';
import { listTrainings } from './list-trainings.ts';

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
