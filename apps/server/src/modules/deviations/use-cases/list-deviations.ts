import type { Deviation } from '@vardflata/contracts';
import type { Caller } from '../../../access/caller.ts';
import type { Db } from '../../../db/database.ts';
import { governanceActor } from '../../collaboration-bodies/steering-group.ts';
import { viewerOf } from '../deviations.policy.ts';
import { toDeviation } from '../deviations.presenter.ts';
import * as deviations from '../repositories/deviation.repository.ts';

export async function listDeviations(
  db: Db,
  caller: Caller,
  filter: { scope: 'reported' | 'concerning' | 'all'; status?: string },
): Promise<Deviation[]> {
  const actor = await governanceActor(db, caller);
  const rows = await deviations.listVisibleDeviations(db, viewerOf(actor), filter);
  return rows.map((r) => toDeviation(actor, r));
}
