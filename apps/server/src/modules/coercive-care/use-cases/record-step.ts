import { stepOf, type CoerciveCareStep } from '@vardflata/domain';
import type { RecordCoerciveCareStepBody } from '@vardflata/contracts';
import type { Caller } from '../../../access/caller.ts';
import type { Db } from '../../../db/database.ts';
import { withProcess } from '../coercive-care.context.ts';
import { requireMayRecord } from '../coercive-care.policy.ts';
import { toProcess } from '../coercive-care.presenter.ts';
import {
  endProcess,
  insertStep,
  stepsOf,
  visibleProcesses,
} from '../repositories/coercive-care.repository.ts';

/** Records a step of the checklist as done, on a date, by the caller; the end step ends it. */
export function recordStep(
  db: Db,
  caller: Caller,
  processId: string,
  step: CoerciveCareStep,
  body: RecordCoerciveCareStepBody,
) {
  return withProcess(db, caller, processId, 'coercive-care.step', 'write', async (ctx) => {
    const steps = await stepsOf(ctx.trx, [processId]);
    requireMayRecord(ctx.row, steps, step, body.doneOn, ctx.today);
    await insertStep(ctx.trx, {
      process_id: processId,
      step,
      done_on: body.doneOn,
      done_by: caller.staffId,
      note: body.note ?? null,
    });
    if (stepOf(ctx.row.kind, step)?.ends) await endProcess(ctx.trx, processId, body.doneOn);
    const [row] = await visibleProcesses(ctx.trx, caller, { id: processId });
    return toProcess(caller, row!, await stepsOf(ctx.trx, [processId]), ctx.today);
  });
}
