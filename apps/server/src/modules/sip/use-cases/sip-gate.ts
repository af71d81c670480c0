import type { SipGateOut } from '@vardflata/contracts';
import type { Caller } from '../../../access/caller.ts';
import { requirePermission } from '../../../access/permissions.ts';
import { appendAccessLog } from '../../../audit/access-log.ts';
import type { Db } from '../../../db/database.ts';
import { requireVisiblePerson } from '../../persons/persons.service.ts';
import { personHasActiveSipCovering } from './person-has-active-sip-covering.ts';

/** The gate as a route: the answer, and a logged read of the person. */
export async function sipGate(
  db: Db,
  caller: Caller,
  personId: string,
  covers: string,
): Promise<SipGateOut> {
  requirePermission(caller, 'sip:read');
  const person = await requireVisiblePerson(db, caller, personId, 'sip.gate');
  return db.transaction().execute(async (trx) => {
    const result = await personHasActiveSipCovering(trx, caller, personId, covers);
    await appendAccessLog(trx, caller, [
      {
        personId,
        action: 'sip.gate',
        ground: person.ground ?? 'none',
        outcome: 'allowed',
        detail: { covers, covered: result.covered },
      },
    ]);
    return { covers, ...result };
  });
}
