import type { Deviation } from '@vardflata/contracts';
import type { Caller } from '../../../access/caller.ts';
import type { Db } from '../../../db/database.ts';
import { notFound } from '../../../http/problem.ts';
import { governanceActor } from '../../collaboration-bodies/steering-group.ts';
import { viewerOf } from '../deviations.policy.ts';
import { toDeviation } from '../deviations.presenter.ts';
import * as deviations from '../repositories/deviation.repository.ts';

export async function getDeviation(db: Db, caller: Caller, id: string): Promise<Deviation> {
  const actor = await governanceActor(db, caller);
  const row = await deviations.findVisibleDeviation(db, viewerOf(actor), id);
  if (!row) throw notFound();
  return toDeviation(actor, row);
}
