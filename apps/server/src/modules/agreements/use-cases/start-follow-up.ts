import type { FollowUp, StartFollowUpBody } from '@vardflata/contracts';
import { FOLLOW_UP_CHECKLIST } from '@vardflata/domain';
import type { Caller } from '../../../access/caller.ts';
import type { Db } from '../../../db/database.ts';
import { conflict, notFound } from '../../../http/problem.ts';
import { governanceActor } from '../../collaboration-bodies/steering-group.ts';
import { requireMayManage } from '../agreements.policy.ts';
import { loadFollowUp } from '../follow-ups.context.ts';
import { lockAgreement, partyIdsOf } from '../repositories/agreement.repository.ts';
import * as followUps from '../repositories/follow-up.repository.ts';

/** The year's follow-up of an agreement: seed 001's checklist, every statement unassessed. */
export async function startFollowUp(
  db: Db,
  caller: Caller,
  agreementId: string,
  body: StartFollowUpBody,
): Promise<FollowUp> {
  const actor = await governanceActor(db, caller);
  return db.transaction().execute(async (trx) => {
    await lockAgreement(trx, agreementId);
    const partyIds = await partyIdsOf(trx, agreementId);
    if (partyIds.length === 0) throw notFound();
    requireMayManage(actor, partyIds);
    if (await followUps.followUpExists(trx, agreementId, body.year))
      throw conflict(`The agreement already has a follow-up for ${body.year}.`);
    let position = 0;
    const id = await followUps.insertFollowUp(trx, {
      agreementId,
      year: body.year,
      by: caller.staffId,
      statements: FOLLOW_UP_CHECKLIST.flatMap((area) =>
        area.statements.map((s) => ({
          area: area.code,
          code: s.code,
          position: position++,
          text: s.text,
        })),
      ),
    });
    return loadFollowUp(trx, actor, (await followUps.findFollowUp(trx, id))!, partyIds);
  });
}
