import { hasActiveSipCovering, hasActiveSipWith } from '@vardflata/domain';
import type { SipGateOut } from '@vardflata/contracts';
import type { Caller } from '../../../access/caller.ts';
import { requirePermission } from '../../../access/permissions.ts';
import { appendAccessLog } from '../../../audit/access-log.ts';
import type { Db } from '../../../db/database.ts';
import { todayInStockholm } from '../../../util/time.ts';
import { requireVisiblePerson } from '../../persons/persons.service.ts';
import { toDomainSip } from '../sip.record.ts';
import { listVisibleSips } from '../repositories/sip.repository.ts';
import { listParticipants } from '../repositories/sip-participant.repository.ts';

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
