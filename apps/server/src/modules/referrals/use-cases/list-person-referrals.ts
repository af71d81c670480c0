import type { Referral } from '@vardflata/contracts';
import type { Caller } from '../../../access/caller.ts';
import { requirePermission } from '../../../access/permissions.ts';
import { appendAccessLog } from '../../../audit/access-log.ts';
import type { Db } from '../../../db/database.ts';
import { todayInStockholm } from '../../../util/time.ts';
import { listLogEntries } from '../../care-chain/with-record.ts';
import { requireVisiblePerson } from '../../persons/persons.service.ts';
import { toReferral } from '../referrals.presenter.ts';
import { visibleReferrals } from '../repositories/referral.repository.ts';

/** The person's referrals the caller may see. */
export async function listPersonReferrals(
  db: Db,
  caller: Caller,
  personId: string,
): Promise<Referral[]> {
  requirePermission(caller, 'care-chain:read');
  const person = await requireVisiblePerson(db, caller, personId, 'referral.list');
  const today = todayInStockholm();
  return db.transaction().execute(async (trx) => {
    const rows = await visibleReferrals(trx, caller, { personId });
    await appendAccessLog(
      trx,
      caller,
      listLogEntries(
        personId,
        'referral.list',
        rows.map((r) => r.ground),
        person.ground ?? 'none',
      ),
    );
    return rows.map((r) => toReferral(caller, r, today));
  });
}
