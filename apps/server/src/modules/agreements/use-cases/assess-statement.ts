import type { AssessStatementBody, FollowUp } from '@vardflata/contracts';
import type { Caller } from '../../../access/caller.ts';
import type { Db } from '../../../db/database.ts';
import { notFound } from '../../../http/problem.ts';
import { withFollowUp } from '../follow-ups.context.ts';
import * as followUps from '../repositories/follow-up.repository.ts';

/** A statement assessed: met, partly met or not met, with a comment. */
export const assessStatement = (
  db: Db,
  caller: Caller,
  id: string,
  statementId: string,
  body: AssessStatementBody,
) =>
  withFollowUp(db, caller, id, 'write', async ({ trx }) => {
    const ok = await followUps.assessStatement(trx, id, statementId, {
      assessment: body.assessment,
      comment: body.comment ?? '',
      by: caller.staffId,
      at: new Date(),
    });
    if (!ok) throw notFound();
  }) as Promise<FollowUp>;
