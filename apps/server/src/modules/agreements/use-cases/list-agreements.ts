import type { Agreement } from '@vardflata/contracts';
import type { Caller } from '../../../access/caller.ts';
import type { Db } from '../../../db/database.ts';
import { todayInStockholm } from '../../../util/time.ts';
import { governanceActor } from '../../collaboration-bodies/steering-group.ts';
import { toAgreement } from '../agreements.presenter.ts';
import * as agreements from '../repositories/agreement.repository.ts';

export async function listAgreements(db: Db, caller: Caller): Promise<Agreement[]> {
  const actor = await governanceActor(db, caller);
  const today = todayInStockholm();
  return (await agreements.listAgreements(db)).map((a) => toAgreement(actor, a, today));
}
