import type { Referral, ReferralsQuery } from '@vardflata/contracts';
import type { Caller } from '../../../access/caller.ts';
import { requirePermission } from '../../../access/permissions.ts';
import { appendAccessLog } from '../../../audit/access-log.ts';
import type { Db } from '../../../db/database.ts';
import { todayInStockholm } from '../../../util/time.ts';
import { toReferral } from '../referrals.presenter.ts';
import { visibleReferrals } from '../repositories/referral.repository.ts';

/** The unit's incoming or outgoing referrals; each person shown is a logged read. */
export async function listUnitReferrals(
  db: Db,
  caller: Caller,
  query: ReferralsQuery,
): Promise<Referral[]> {
  requirePermission(caller, 'care-chain:read');
  const today = todayInStockholm();
  return db.transaction().execute(async (trx) => {
    const rows = (await visibleReferrals(trx, caller, { box: query.box })).filter(
      (r) => !query.status || (query.status === 'sent') === (r.answer === null),
    );
    await appendAccessLog(
      trx,
      caller,
      rows.map((r) => ({
        personId: r.person_id,
        action: 'referral.list' as const,
        ground: r.ground,
        outcome: 'allowed' as const,
        detail: { referralId: r.id },
      })),
    );
    return rows.map((r) => toReferral(caller, r, today));
  });
}
