import type { NeedsPicture, NeedsPictureQuery } from '@vardflata/contracts';
import type { Db } from '../../../db/database.ts';
import { badRequest } from '../../../http/problem.ts';
import type { TestPersonsRule } from '../../indicators/repositories/indicator-source.repository.ts';
import { periodsBetween } from '../../indicators/use-cases/periods.shared.ts';
import { computeNeedsPeriod } from './compute-needs-period.ts';
import { MAX_PERIODS } from '../needs-picture.policy.ts';

/**
 * The needs picture of a range: the whole range, and each month, quarter or year of it (the
 * trend). Computed on request — analysts only, a few grouped reads per period — so it is never
 * staler than the request.
 */
export async function readNeedsPicture(
  db: Db,
  q: Pick<NeedsPictureQuery, 'from' | 'to' | 'principal' | 'step'>,
  rule: TestPersonsRule,
  now: Date = new Date(),
): Promise<NeedsPicture> {
  const steps = periodsBetween(q.from, q.to, q.step);
  if (steps.length > MAX_PERIODS) {
    throw badRequest([
      { path: 'step', message: `at most ${MAX_PERIODS} periods; choose a longer step` },
    ]);
  }
  const total = await computeNeedsPeriod(db, { from: q.from, to: q.to }, q.principal, rule);
  const periods = [];
  for (const p of steps) {
    periods.push(await computeNeedsPeriod(db, p, q.principal, rule));
  }
  return {
    from: q.from,
    to: q.to,
    principal: q.principal,
    step: q.step,
    computedAt: now.toISOString(),
    includesTestData: rule.includeTestData,
    total,
    periods,
  };
}
