import type { SipSummary } from '@vardflata/contracts';
import type { Caller } from '../../../access/caller.ts';
import { requirePermission } from '../../../access/permissions.ts';
import { appendAccessLog, logDenied } from '../../../audit/access-log.ts';
import type { Db } from '../../../db/database.ts';
import { notFound } from '../../../http/problem.ts';
import { findVisiblePerson } from '../../persons/persons.repository.ts';
import { toSummary } from '../sip.presenter.ts';
import { listVisibleSips } from '../repositories/sip.repository.ts';
import { listed } from './read.shared.ts';

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
