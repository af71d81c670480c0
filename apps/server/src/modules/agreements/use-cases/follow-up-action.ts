import type { FollowUp, FollowUpActionBody } from '@vardflata/contracts';
import type { Caller } from '../../../access/caller.ts';
import type { Db } from '../../../db/database.ts';
import { notFound } from '../../../http/problem.ts';
import { withFollowUp } from '../follow-ups.context.ts';
import * as followUps from '../repositories/follow-up.repository.ts';

/** The action followed up: done, not done (or still open), with a note. */
export const followUpAction = (
  db: Db,
  caller: Caller,
  id: string,
  actionId: string,
  body: FollowUpActionBody,
) =>
  withFollowUp(db, caller, id, 'write', async ({ trx }) => {
    const ok = await followUps.recordActionFollowUp(trx, id, actionId, {
      status: body.status,
      note: body.note,
      at: new Date(),
    });
    if (!ok) throw notFound();
  }) as Promise<FollowUp>;
