import { hasActiveSipCovering } from '@vardflata/domain';
import type { Caller } from '../../../access/caller.ts';
import type { Db } from '../../../db/database.ts';
import { todayInStockholm } from '../../../util/time.ts';
import { toDomainSip } from '../sip.record.ts';
import { listVisibleSips } from '../repositories/sip.repository.ts';

/**
 * F3's mandatory SIP gates for other modules: does the person have an active, unfrozen SIP,
 * visible to the caller, with an intervention covering `covers` (e.g. 'hvb-placement')?
 * Runs inside the caller's transaction; the calling module logs its own access.
 */
export async function personHasActiveSipCovering(
  trx: Db,
  caller: Caller,
  personId: string,
  covers: string,
): Promise<{ covered: boolean; sipId: string | null }> {
  const rows = await listVisibleSips(trx, caller, { personId, status: 'active' });
  const check = hasActiveSipCovering(
    rows.map((r) => toDomainSip(r)),
    { covers, today: todayInStockholm() },
  );
  return { covered: check.covered, sipId: check.sip?.id ?? null };
}
