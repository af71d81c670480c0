import type { CreatePeriodBody, SettlementPeriod } from '@vardflata/contracts';
import type { Caller } from '../../../access/caller.ts';
import type { Db } from '../../../db/database.ts';
import { badRequest } from '../../../http/problem.ts';
import { governanceActor } from '../../collaboration-bodies/steering-group.ts';
import { logAdministration } from '../joint-financing.log.ts';
import { requireMayManage } from '../joint-financing.policy.ts';
import { toPeriod } from '../joint-financing.presenter.ts';
import * as settlements from '../repositories/settlement.repository.ts';

/** A settlement period; periods never share a day, so no cost is settled twice. */
export async function createPeriod(
  db: Db,
  caller: Caller,
  body: CreatePeriodBody,
): Promise<SettlementPeriod> {
  requireMayManage(await governanceActor(db, caller));
  if (body.endsOn < body.startsOn)
    throw badRequest([{ path: 'endsOn', message: 'must not be before startsOn' }]);
  const id = await db.transaction().execute(async (trx) => {
    const other = await settlements.findOverlappingPeriod(trx, body.startsOn, body.endsOn);
    if (other)
      throw badRequest([
        { path: 'startsOn', message: `overlaps the period ${other.starts_on} – ${other.ends_on}` },
      ]);
    const created = await settlements.insertPeriod(trx, { ...body, by: caller.staffId });
    await logAdministration(trx, caller, 'joint-financing.period-create', { periodId: created });
    return created;
  });
  return toPeriod((await settlements.findPeriod(db, id))!);
}
