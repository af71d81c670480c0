import type { Caller } from '../../../access/caller.ts';
import { requirePermission } from '../../../access/permissions.ts';
import { appendAccessLog } from '../../../audit/access-log.ts';
import type { Db } from '../../../db/database.ts';
import { requireVisiblePerson } from '../../persons/persons.service.ts';
import { placeHold } from '../repositories/retention.repository.ts';

/** A legal hold stops all clearing of the person's records until it is released. */
export async function placeLegalHold(db: Db, caller: Caller, personId: string, reason: string) {
  requirePermission(caller, 'retention:legal-hold');
  const person = await requireVisiblePerson(db, caller, personId, 'retention.legal-hold');
  await db.transaction().execute(async (trx) => {
    await placeHold(trx, personId, caller.staffId, reason);
    await appendAccessLog(trx, caller, [
      {
        personId,
        action: 'retention.legal-hold',
        ground: person.ground ?? 'none',
        outcome: 'allowed',
      },
    ]);
  });
  return { personId, reason, held: true };
}
