import type { AnswerDeviationBody, Deviation } from '@vardflata/contracts';
import type { Caller } from '../../../access/caller.ts';
import type { Db } from '../../../db/database.ts';
import { notifyEach } from '../../notifications/notifications.repository.ts';
import { withDeviation } from '../deviations.context.ts';
import { requireMayAnswer } from '../deviations.policy.ts';
import * as deviations from '../repositories/deviation.repository.ts';

/** The concerned organisation answers; the reporter hears of it. */
export function answerDeviation(
  db: Db,
  caller: Caller,
  id: string,
  body: AnswerDeviationBody,
  now: Date = new Date(),
): Promise<Deviation> {
  return withDeviation(db, caller, id, async (trx, actor, row) => {
    requireMayAnswer(actor, row);
    await deviations.recordAnswer(trx, id, { answer: body.answer, by: caller.staffId, at: now });
    await notifyEach(trx, [row.reported_by], {
      kind: 'deviation.answered',
      title: 'Din avvikelse har besvarats',
      body: `${row.concerns_organisation_name} har svarat på avvikelsen du rapporterade.`,
      sipId: null,
      personId: null,
      dueOn: null,
      dedupeKey: `deviation.answered:${id}`,
    });
  });
}
