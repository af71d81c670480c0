import type { SettlementPeriod } from '@vardflata/contracts';
import type { Caller } from '../../../access/caller.ts';
import type { Db } from '../../../db/database.ts';
import { governanceActor } from '../../collaboration-bodies/steering-group.ts';
import { requireMayRead } from '../joint-financing.policy.ts';
import { toPeriod } from '../joint-financing.presenter.ts';
import * as settlements from '../repositories/settlement.repository.ts';

export async function listPeriods(db: Db, caller: Caller): Promise<SettlementPeriod[]> {
  requireMayRead(await governanceActor(db, caller));
  return (await settlements.listPeriods(db)).map(toPeriod);
}
