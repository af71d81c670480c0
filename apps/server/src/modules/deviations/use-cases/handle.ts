import type { AnswerDeviationBody, CloseDeviationBody, Deviation } from '@vardflata/contracts';
import type { Caller } from '../../../access/caller.ts';
import type { Db } from '../../../db/database.ts';
import { notFound } from '../../../http/problem.ts';
import {
  governanceActor,
  type GovernanceActor,
} from '../../collaboration-bodies/steering-group.ts';
import { notifyEach } from '../../notifications/notifications.repository.ts';
import { requireMayAnswer, requireMayClose, viewerOf } from '../deviations.policy.ts';
import { toDeviation } from '../deviations.presenter.ts';
import * as deviations from '../repositories/deviation.repository.ts';

/** Locks a deviation the caller may see (else 404), acts, and answers it as it is now. */
async function withDeviation(
  db: Db,
  caller: Caller,
  id: string,
  work: (trx: Db, actor: GovernanceActor, row: deviations.DeviationRow) => Promise<void>,
): Promise<Deviation> {
  const actor = await governanceActor(db, caller);
  const viewer = viewerOf(actor);
  return db.transaction().execute(async (trx) => {
    await deviations.lockDeviation(trx, id);
    const row = await deviations.findVisibleDeviation(trx, viewer, id);
    if (!row) throw notFound();
    await work(trx, actor, row);
    return toDeviation(actor, (await deviations.findVisibleDeviation(trx, viewer, id))!);
  });
}

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

/** Closed with what was done. */
export function closeDeviation(
  db: Db,
  caller: Caller,
  id: string,
  body: CloseDeviationBody,
  now: Date = new Date(),
): Promise<Deviation> {
  return withDeviation(db, caller, id, async (trx, actor, row) => {
    requireMayClose(actor, row);
    await deviations.recordClosing(trx, id, {
      actionTaken: body.actionTaken,
      by: caller.staffId,
      at: now,
    });
  });
}
