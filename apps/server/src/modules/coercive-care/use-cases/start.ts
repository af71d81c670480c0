import type { CoerciveCareProcess, StartCoerciveCareBody } from '@vardflata/contracts';
import type { Caller } from '../../../access/caller.ts';
import { requirePermission } from '../../../access/permissions.ts';
import { appendAccessLog, logDenied } from '../../../audit/access-log.ts';
import type { Db } from '../../../db/database.ts';
import { HttpProblem, unprocessable } from '../../../http/problem.ts';
import { todayInStockholm } from '../../../util/time.ts';
import { requireVisiblePerson } from '../../persons/persons.service.ts';
import { requireSocialServices } from '../coercive-care.policy.ts';
import { toProcess } from '../coercive-care.presenter.ts';
import {
  insertProcess,
  insertStep,
  stepsOf,
  visibleProcesses,
} from '../repositories/coercive-care.repository.ts';

/** Social services start an LVM or LVU process for a person, from the report (anmälan). */
export async function startProcess(
  db: Db,
  caller: Caller,
  personId: string,
  body: StartCoerciveCareBody,
  today: string = todayInStockholm(),
): Promise<CoerciveCareProcess> {
  requirePermission(caller, 'care-chain:write');
  const person = await requireVisiblePerson(db, caller, personId, 'coercive-care.create');
  try {
    requireSocialServices(caller);
    if (body.reportedOn > today) {
      throw unprocessable('The report cannot come in after today.', {
        errors: [{ path: 'reportedOn', message: 'in the future' }],
      });
    }
  } catch (error) {
    if (error instanceof HttpProblem) {
      await logDenied(db, caller, {
        personId,
        action: 'coercive-care.create',
        ground: person.ground ?? 'none',
        detail: { status: error.status },
      });
    }
    throw error;
  }
  return db.transaction().execute(async (trx) => {
    const id = await insertProcess(trx, {
      person_id: personId,
      kind: body.kind,
      organisation_id: caller.organisationId!,
      unit_id: caller.unitId!,
      started_on: body.reportedOn,
      started_by: caller.staffId,
    });
    await insertStep(trx, {
      process_id: id,
      step: 'report',
      done_on: body.reportedOn,
      done_by: caller.staffId,
      note: body.note ?? null,
    });
    await appendAccessLog(trx, caller, [
      {
        personId,
        action: 'coercive-care.create',
        ground: person.ground ?? 'none',
        outcome: 'allowed',
        detail: { processId: id },
      },
    ]);
    const [row] = await visibleProcesses(trx, caller, { id });
    return toProcess(caller, row!, await stepsOf(trx, [id]), today);
  });
}
