import type { SipListQuery, SipSummary } from '@vardflata/contracts';
import type { Caller } from '../../../access/caller.ts';
import { requirePermission } from '../../../access/permissions.ts';
import { appendAccessLog, logDenied } from '../../../audit/access-log.ts';
import type { Db } from '../../../db/database.ts';
import { notFound } from '../../../http/problem.ts';
import { findVisiblePerson } from '../../persons/persons.repository.ts';
import { loadDetail, sipQuery } from '../sip.context.ts';
import { toSummary } from '../sip.presenter.ts';
import { listVisibleSips, type SipRow } from '../repositories/sip.repository.ts';

/** Reading SIPs: one in full, a person's, or the caller's and their unit's. */

export const getSip = sipQuery('sip.read', loadDetail);

/** Each SIP shown is a logged read, on the ground the caller sees it. */
const listed = (rows: SipRow[]) =>
  rows.map((r) => ({
    personId: r.person_id,
    action: 'sip.list' as const,
    ground: r.ground,
    outcome: 'allowed' as const,
    detail: { sipId: r.id },
  }));

/** The person's SIPs the caller may see. A participant who does not see the person otherwise
 * still finds the SIPs they take part in. */
export async function listForPerson(
  db: Db,
  caller: Caller,
  personId: string,
): Promise<SipSummary[]> {
  requirePermission(caller, 'sip:read');
  const result = await db.transaction().execute(async (trx) => {
    const person = await findVisiblePerson(trx, caller, personId);
    const rows = await listVisibleSips(trx, caller, { personId });
    if (!person && rows.length === 0) return null;
    await appendAccessLog(
      trx,
      caller,
      rows.length > 0
        ? listed(rows)
        : [
            {
              personId,
              action: 'sip.list' as const,
              ground: person!.ground ?? 'none',
              outcome: 'allowed' as const,
            },
          ],
    );
    return rows.map((r) => toSummary(caller, r));
  });
  if (result === null) {
    await logDenied(db, caller, { personId, action: 'sip.list', ground: 'none' });
    throw notFound();
  }
  return result;
}

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
