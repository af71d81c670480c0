import type { Deviation } from '@vardflata/contracts';
import type { Caller } from '../../access/caller.ts';
import type { Db } from '../../db/database.ts';
import { notFound } from '../../http/problem.ts';
import { governanceActor, type GovernanceActor } from '../collaboration-bodies/steering-group.ts';
import { viewerOf } from './deviations.policy.ts';
import { toDeviation } from './deviations.presenter.ts';
import * as deviations from './repositories/deviation.repository.ts';

/** Locks a deviation the caller may see (else 404), acts, and answers it as it is now. */
export async function withDeviation(
  db: Db,
  caller: Caller,
  id: string,
  work: (trx: Db, actor: GovernanceActor, row: deviations.DeviationRow) => Promise<void>,
): Promise<Deviation> {
  const actor = await governanceActor(db, caller);
  const viewer = viewerOf(actor);
  return db.transaction().execute(async (trx) => {
    await deviations.lockDeviation(trx, id);
    const row = await deviations.findVisibleDeviation(trx, viewer, id);
    if (!row) throw notFound();
    await work(trx, actor, row);
    return toDeviation(actor, (await deviations.findVisibleDeviation(trx, viewer, id))!);
  });
}
