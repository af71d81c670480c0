import type { Caller } from '../../../access/caller.ts';
import type { Db } from '../../../db/database.ts';
import { notFound } from '../../../http/problem.ts';
import * as trainings from '../repositories/training.repository.ts';
import { listTrainings } from './list-trainings.ts';

export async function registerSelf(db: Db, caller: Caller, sessionId: string) {
  if (!(await trainings.findSession(db, sessionId))) throw notFound();
  await trainings.register(db, sessionId, caller.staffId);
  return listTrainings(db, caller);
}
