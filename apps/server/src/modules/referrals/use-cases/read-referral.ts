import type { Caller } from '../../../access/caller.ts';
import type { Db } from '../../../db/database.ts';
import { withReferral } from '../referrals.context.ts';
import { toReferral } from '../referrals.presenter.ts';

export function readReferral(db: Db, caller: Caller, id: string) {
  return withReferral(db, caller, id, 'referral.read', 'read', async (ctx) =>
    toReferral(caller, ctx.row, ctx.today),
  );
}
