import type { WithdrawalRequest } from '@vardflata/contracts';
import type { Caller } from '../../../access/caller.ts';
import { requirePermission } from '../../../access/permissions.ts';
import { appendAccessLog } from '../../../audit/access-log.ts';
import type { Db } from '../../../db/database.ts';
import { requireVisiblePerson } from '../../persons/persons.service.ts';
import { toWithdrawalRequest } from '../withdrawal.presenter.ts';
import * as repo from '../repositories/withdrawal-request.repository.ts';

/** The person's requests, as the requesting or the bed-holding organisation sees them. */
export async function listPersonRequests(
  db: Db,
  caller: Caller,
  personId: string,
  now: Date = new Date(),
): Promise<WithdrawalRequest[]> {
  requirePermission(caller, 'withdrawal:read');
  const person = await requireVisiblePerson(db, caller, personId, 'withdrawal-request.read');
  return db.transaction().execute(async (trx) => {
    const rows = await repo.listRequestsOfPerson(trx, caller, personId);
    await appendAccessLog(trx, caller, [
      {
        personId,
        action: 'withdrawal-request.read',
        ground: person.ground ?? 'none',
        outcome: 'allowed',
      },
    ]);
    return rows.map((r) => toWithdrawalRequest(caller, r, now));
  });
}
