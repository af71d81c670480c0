import type { Agreement } from '@vardflata/contracts';
import type { Caller } from '../../access/caller.ts';
import type { Db } from '../../db/database.ts';
import { notFound } from '../../http/problem.ts';
import { todayInStockholm } from '../../util/time.ts';
import { governanceActor, type GovernanceActor } from '../collaboration-bodies/steering-group.ts';
import { requireMayManage } from './agreements.policy.ts';
import { toAgreement } from './agreements.presenter.ts';
import * as agreements from './repositories/agreement.repository.ts';

/** Locks the agreement, checks the caller manages it, acts, answers it as it now is. */
export async function manage(
  db: Db,
  caller: Caller,
  id: string,
  work: (trx: Db, actor: GovernanceActor, a: agreements.AgreementRecord) => Promise<void>,
): Promise<Agreement> {
  const actor = await governanceActor(db, caller);
  return db.transaction().execute(async (trx) => {
    await agreements.lockAgreement(trx, id);
    const a = await agreements.findAgreement(trx, id);
    if (!a) throw notFound();
    requireMayManage(
      actor,
      a.parties.map((p) => p.id),
    );
    await work(trx, actor, a);
    return toAgreement(actor, (await agreements.findAgreement(trx, id))!, todayInStockholm());
  });
}
