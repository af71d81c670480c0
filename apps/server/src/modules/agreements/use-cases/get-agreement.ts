import type { Agreement } from '@vardflata/contracts';
import type { Caller } from '../../../access/caller.ts';
import type { Db } from '../../../db/database.ts';
import { notFound } from '../../../http/problem.ts';
import { todayInStockholm } from '../../../util/time.ts';
import { governanceActor } from '../../collaboration-bodies/steering-group.ts';
import { toAgreement } from '../agreements.presenter.ts';
import * as agreements from '../repositories/agreement.repository.ts';

export async function getAgreement(db: Db, caller: Caller, id: string): Promise<Agreement> {
  const actor = await governanceActor(db, caller);
  const a = await agreements.findAgreement(db, id);
  if (!a) throw notFound();
  return toAgreement(actor, a, todayInStockholm());
}
