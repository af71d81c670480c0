import type { SipListQuery, SipSummary } from '@vardflata/contracts';
import type { Caller } from '../../../access/caller.ts';
import { requirePermission } from '../../../access/permissions.ts';
import { appendAccessLog } from '../../../audit/access-log.ts';
import type { Db } from '../../../db/database.ts';
import { toSummary } from '../sip.presenter.ts';
import { listVisibleSips } from '../repositories/sip.repository.ts';
import { listed } from './read.shared.ts';

/** SIPs of the caller (mine) or also of their unit (unit). */
export async function listMine(db: Db, caller: Caller, query: SipListQuery): Promise<SipSummary[]> {
  requirePermission(caller, 'sip:read');
  return db.transaction().execute(async (trx) => {
    const rows = await listVisibleSips(trx, caller, {
      scope: query.scope,
      ...(query.status ? { status: query.status } : {}),
    });
    await appendAccessLog(trx, caller, listed(rows));
    return rows.map((r) => toSummary(caller, r));
  });
}
