import type { AccessLogPage } from '@vardflata/contracts';
import type { Caller } from '../../../access/caller.ts';
import { requirePermission } from '../../../access/permissions.ts';
import { appendAccessLog } from '../../../audit/access-log.ts';
import type { Db } from '../../../db/database.ts';
import { toLogPerson, toLogRow } from '../access-log.presenter.ts';
import * as rows from '../repositories/log-rows.repository.ts';

export interface ReviewQuery extends rows.LogRowFilter {
  sample?: number | undefined;
  limit: number;
  offset: number;
}

/**
 * Log review (loggkontroll) for unit managers: the accesses made by their own care provider
 * (organisation), filtered, or a random sample. Each row names the person by personnummer and
 * name (hidden under protected identity unless the reviewer is authorised). Reading the log is
 * itself logged, once per person shown.
 */
export async function reviewAccessLog(
  db: Db,
  caller: Caller,
  query: ReviewQuery,
): Promise<AccessLogPage> {
  requirePermission(caller, 'access-log:review');
  return db.transaction().execute(async (trx) => {
    const total = await rows.countLogRows(trx, caller, query);
    const found = await rows.listLogRows(trx, caller, query, query);
    const person = query.personId
      ? await rows.findLogPerson(trx, caller, query.personId)
      : undefined;

    const shown = new Set(found.flatMap((r) => (r.person_id ? [r.person_id] : [])));
    if (person) shown.add(person.id);
    await appendAccessLog(
      trx,
      caller,
      [...shown].map((personId) => ({
        personId,
        action: 'access-log.read' as const,
        ground: 'log-review' as const,
        outcome: 'allowed' as const,
      })),
    );
    return {
      items: found.map((r) => toLogRow(caller, r)),
      total,
      person: person ? toLogPerson(caller, person) : null,
    };
  });
}
