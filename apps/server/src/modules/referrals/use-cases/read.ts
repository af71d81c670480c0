import type { Referral, ReferralsQuery } from '@vardflata/contracts';
import type { Caller } from '../../../access/caller.ts';
import { requirePermission } from '../../../access/permissions.ts';
import { appendAccessLog } from '../../../audit/access-log.ts';
import type { Db } from '../../../db/database.ts';
import { todayInStockholm } from '../../../util/time.ts';
import { listLogEntries } from '../../care-chain/with-record.ts';
import { requireVisiblePerson } from '../../persons/persons.service.ts';
import { withReferral } from '../referrals.context.ts';
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

export function readReferral(db: Db, caller: Caller, id: string) {
  return withReferral(db, caller, id, 'referral.read', 'read', async (ctx) =>
    toReferral(caller, ctx.row, ctx.today),
  );
}
