import type { Caller } from '../../../access/caller.ts';
import type { Db } from '../../../db/database.ts';
import { withProcess } from '../coercive-care.context.ts';
import { toProcess } from '../coercive-care.presenter.ts';
import { stepsOf } from '../repositories/coercive-care.repository.ts';

export function readProcess(db: Db, caller: Caller, id: string) {
  return withProcess(db, caller, id, 'coercive-care.read', 'read', async (ctx) =>
    toProcess(caller, ctx.row, await stepsOf(ctx.trx, [id]), ctx.today),
  );
}
