import { hasActiveSipWith } from '@vardflata/domain';
import type { Caller } from '../../../access/caller.ts';
import type { Db } from '../../../db/database.ts';
import { todayInStockholm } from '../../../util/time.ts';
import { toDomainSip } from '../sip.record.ts';
import { listVisibleSips } from '../repositories/sip.repository.ts';
import { listParticipants } from '../repositories/sip-participant.repository.ts';

// care: the gate as the rule of the care chains (HVB placement, medication-dependence hand-over)
/**
 * An active, unfrozen SIP of the person, visible to the caller, in which `principal` takes part
 * (see `hasActiveSipWith`). Runs inside the caller's transaction; the caller logs its own act.
 */
export async function personHasActiveSipWith(
  trx: Db,
  caller: Caller,
  personId: string,
  query: { principal: 'region' | 'municipality'; covers: string },
  today: string = todayInStockholm(),
): Promise<{ passed: boolean; sipId: string | null; covers: boolean }> {
  const rows = await listVisibleSips(trx, caller, { personId, status: 'active' });
  const sips = await Promise.all(
    rows.map(async (r) => toDomainSip(r, await listParticipants(trx, r.id))),
  );
  const check = hasActiveSipWith(sips, { ...query, today });
  return { passed: check.passed, sipId: check.sip?.id ?? null, covers: check.covers };
}
