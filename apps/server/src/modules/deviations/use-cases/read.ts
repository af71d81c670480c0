import type { Deviation, DeviationStatistics } from '@vardflata/contracts';
import { DEVIATION_CATEGORIES, type DeviationCategory } from '@vardflata/domain';
import type { Caller } from '../../../access/caller.ts';
import type { Db } from '../../../db/database.ts';
import { badRequest, forbidden, notFound } from '../../../http/problem.ts';
import { governanceActor } from '../../collaboration-bodies/steering-group.ts';
import { mayReadStatistics, viewerOf } from '../deviations.policy.ts';
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

export async function getDeviation(db: Db, caller: Caller, id: string): Promise<Deviation> {
  const actor = await governanceActor(db, caller);
  const row = await deviations.findVisibleDeviation(db, viewerOf(actor), id);
  if (!row) throw notFound();
  return toDeviation(actor, row);
}

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

/** The counting itself, also for the annual follow-up. */
export async function countDeviations(
  db: Db,
  period: { from: string; to: string },
  organisationIds?: string[],
): Promise<DeviationStatistics> {
  const rows = await deviations.countByCategory(db, period, organisationIds);
  const per = new Map<DeviationCategory, { open: number; answered: number; closed: number }>(
    DEVIATION_CATEGORIES.map((c) => [c, { open: 0, answered: 0, closed: 0 }]),
  );
  for (const r of rows) per.get(r.category)![r.status] += Number(r.n);
  const categories = DEVIATION_CATEGORIES.map((category) => {
    const c = per.get(category)!;
    return { category, reported: c.open + c.answered + c.closed, ...c };
  });
  return {
    from: period.from,
    to: period.to,
    total: categories.reduce((s, c) => s + c.reported, 0),
    categories,
  };
}
