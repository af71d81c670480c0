import type { DeviationStatistics } from '@vardflata/contracts';
import { DEVIATION_CATEGORIES, type DeviationCategory } from '@vardflata/domain';
import type { Db } from '../../../db/database.ts';
import * as deviations from '../repositories/deviation.repository.ts';

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
