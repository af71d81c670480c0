import type { AnswerReferralBody } from '@vardflata/contracts';
import type { Caller } from '../../../access/caller.ts';
import type { Db } from '../../../db/database.ts';
import { withReferral } from '../referrals.context.ts';
import { toReferral } from '../referrals.presenter.ts';
import { saveAnswer, visibleReferrals } from '../repositories/referral.repository.ts';

/** The receiving unit answers the referral, once (F6). */
export function answerReferral(db: Db, caller: Caller, id: string, body: AnswerReferralBody) {
  return withReferral(db, caller, id, 'referral.answer', 'write', async (ctx) => {
    await saveAnswer(ctx.trx, id, caller, body.answer);
    const [row] = await visibleReferrals(ctx.trx, caller, { id });
    return toReferral(caller, row!, ctx.today);
  });
}
