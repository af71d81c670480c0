import type { Caller } from '../../../access/caller.ts';
import { requirePermission } from '../../../access/permissions.ts';
import { appendAccessLog } from '../../../audit/access-log.ts';
import type { Db } from '../../../db/database.ts';
import { requireVisiblePerson } from '../../persons/persons.service.ts';
import { releaseHold } from '../repositories/retention.repository.ts';

export async function releaseLegalHold(db: Db, caller: Caller, personId: string) {
  requirePermission(caller, 'retention:legal-hold');
  const person = await requireVisiblePerson(db, caller, personId, 'retention.legal-hold-release');
  await db.transaction().execute(async (trx) => {
    // Releasing what is not held changes nothing, and is logged all the same.
    await releaseHold(trx, personId);
    await appendAccessLog(trx, caller, [
      {
        personId,
        action: 'retention.legal-hold-release',
        ground: person.ground ?? 'none',
        outcome: 'allowed',
      },
    ]);
  });
  return { personId, held: false };
}
