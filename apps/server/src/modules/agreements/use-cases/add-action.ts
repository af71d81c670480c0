import type { AddActionBody, FollowUp } from '@vardflata/contracts';
import type { Caller } from '../../../access/caller.ts';
import type { Db } from '../../../db/database.ts';
import { withFollowUp } from '../follow-ups.context.ts';
import * as followUps from '../repositories/follow-up.repository.ts';

/** An action of the plan (handlingsplan), local or county level, with owner and deadline. */
export const addAction = (db: Db, caller: Caller, id: string, body: AddActionBody) =>
  withFollowUp(db, caller, id, 'write', async ({ trx }) => {
    await followUps.insertAction(trx, { followUpId: id, ...body });
  }) as Promise<FollowUp>;
