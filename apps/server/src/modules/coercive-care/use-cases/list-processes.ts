import type { CoerciveCareProcess } from '@vardflata/contracts';
import type { Caller } from '../../../access/caller.ts';
import { requirePermission } from '../../../access/permissions.ts';
import { appendAccessLog } from '../../../audit/access-log.ts';
import type { Db } from '../../../db/database.ts';
import { todayInStockholm } from '../../../util/time.ts';
import { listLogEntries } from '../../care-chain/with-record.ts';
import { requireVisiblePerson } from '../../persons/persons.service.ts';
import { toProcess } from '../coercive-care.presenter.ts';
import { stepsOf, visibleProcesses } from '../repositories/coercive-care.repository.ts';

/** The person's processes the caller may see; one log row per ground they were seen on. */
export async function listProcesses(
  db: Db,
  caller: Caller,
  personId: string,
  today: string = todayInStockholm(),
): Promise<CoerciveCareProcess[]> {
  requirePermission(caller, 'care-chain:read');
  const person = await requireVisiblePerson(db, caller, personId, 'coercive-care.list');
  return db.transaction().execute(async (trx) => {
    const rows = await visibleProcesses(trx, caller, { personId });
    const steps = await stepsOf(
      trx,
      rows.map((r) => r.id),
    );
    await appendAccessLog(
      trx,
      caller,
      listLogEntries(
        personId,
        'coercive-care.list',
        rows.map((r) => r.ground),
        person.ground ?? 'none',
      ),
    );
    return rows.map((r) => toProcess(caller, r, steps, today));
  });
}
