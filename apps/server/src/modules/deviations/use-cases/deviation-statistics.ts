import type { DeviationStatistics } from '@vardflata/contracts';
import type { Caller } from '../../../access/caller.ts';
import type { Db } from '../../../db/database.ts';
import { badRequest, forbidden } from '../../../http/problem.ts';
import { governanceActor } from '../../collaboration-bodies/steering-group.ts';
import { mayReadStatistics } from '../deviations.policy.ts';
import { countDeviations } from './count-deviations.ts';

/** Counts per category and status over a period; empty categories are listed with zeros
 * (a count of none reported is a real figure). */
export async function deviationStatistics(
  db: Db,
  caller: Caller,
  period: { from: string; to: string },
  organisationIds?: string[],
): Promise<DeviationStatistics> {
  const actor = await governanceActor(db, caller);
  if (!mayReadStatistics(actor)) throw forbidden();
  if (period.from > period.to)
    throw badRequest([{ path: 'to', message: 'must not be before from' }]);
  return countDeviations(db, period, organisationIds);
}
