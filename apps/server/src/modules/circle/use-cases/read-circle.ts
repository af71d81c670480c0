import type { Circle } from '@vardflata/contracts';
import type { Caller } from '../../../access/caller.ts';
import { requirePermission } from '../../../access/permissions.ts';
import { appendAccessLog } from '../../../audit/access-log.ts';
import type { Db } from '../../../db/database.ts';
import { listLogEntries } from '../../care-chain/with-record.ts';
import { requireVisiblePerson } from '../../persons/persons.service.ts';
import { loadCircle } from '../circle.context.ts';

/** The person's circle (F1); one log row per ground it was seen on. */
export async function readCircle(db: Db, caller: Caller, personId: string): Promise<Circle> {
  requirePermission(caller, 'care-chain:read');
  const person = await requireVisiblePerson(db, caller, personId, 'circle.read');
  return db.transaction().execute(async (trx) => {
    const { circle, grounds } = await loadCircle(trx, caller, personId);
    await appendAccessLog(
      trx,
      caller,
      listLogEntries(personId, 'circle.read', grounds, person.ground ?? 'none'),
    );
    return circle;
  });
}
