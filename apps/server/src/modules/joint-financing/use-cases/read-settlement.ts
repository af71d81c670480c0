import type { Settlement } from '@vardflata/contracts';
import type { Caller } from '../../../access/caller.ts';
import { appendAccessLog } from '../../../audit/access-log.ts';
import type { Db } from '../../../db/database.ts';
import { notFound } from '../../../http/problem.ts';
import { governanceActor } from '../../collaboration-bodies/steering-group.ts';
import { requireMayRead } from '../joint-financing.policy.ts';
import * as settlements from '../repositories/settlement.repository.ts';
import { loadSettlement } from '../settlement.load.ts';

/**
 * The avräkning of a period, for the screen and the files alike. It names no person, but each
 * placement line is the cost of one person's placement: one log row per person it costs (on
 * the ground of administration) and one for the report itself, with the format.
 */
export async function readSettlement(
  db: Db,
  caller: Caller,
  periodId: string,
  format: 'json' | 'pdf' | 'xlsx' = 'json',
): Promise<Settlement> {
  requireMayRead(await governanceActor(db, caller));
  const period = await settlements.findPeriod(db, periodId);
  if (!period) throw notFound();
  const { report, placementIds } = await loadSettlement(db, period);
  const persons = await settlements.personsOfPlacements(db, placementIds);
  await db.transaction().execute((trx) =>
    appendAccessLog(
      trx,
      caller,
      persons.map((p) => ({
        personId: p.person_id,
        action: 'joint-financing.settlement-read' as const,
        ground: 'administration' as const,
        outcome: 'allowed' as const,
        detail: { periodId, placementId: p.id, format },
      })),
    ),
  );
  return report;
}
