import type { InterventionRecord } from '@vardflata/contracts';
import type { Caller } from '../../../access/caller.ts';
import { requirePermission } from '../../../access/permissions.ts';
import { appendAccessLog } from '../../../audit/access-log.ts';
import type { Db } from '../../../db/database.ts';
import { todayInStockholm } from '../../../util/time.ts';
import { listLogEntries } from '../../care-chain/with-record.ts';
import { requireVisiblePerson } from '../../persons/persons.service.ts';
import { toIntervention } from '../interventions.presenter.ts';
import { visibleInterventions } from '../repositories/intervention.repository.ts';

/** The person's interventions the caller may see; one log row per ground they were seen on. */
export async function listInterventions(
  db: Db,
  caller: Caller,
  personId: string,
): Promise<InterventionRecord[]> {
  requirePermission(caller, 'care-chain:read');
  const person = await requireVisiblePerson(db, caller, personId, 'intervention.list');
  const today = todayInStockholm();
  return db.transaction().execute(async (trx) => {
    const rows = await visibleInterventions(trx, caller, { personId });
    await appendAccessLog(
      trx,
      caller,
      listLogEntries(
        personId,
        'intervention.list',
        rows.map((r) => r.ground),
        person.ground ?? 'none',
      ),
    );
    return rows.map((r) => toIntervention(caller, r, today));
  });
}
