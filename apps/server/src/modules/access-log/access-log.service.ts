import type { AccessLogRow } from '@vardflata/contracts';
import type { Caller } from '../../access/caller.ts';
import { requirePermission } from '../../access/permissions.ts';
import { appendAccessLog } from '../../audit/access-log.ts';
import type { Db } from '../../db/database.ts';
import { toIso } from '../../util/time.ts';
import { reviewRows, type AccessLogFilter } from './access-log.repository.ts';

/**
 * Log review (loggkontroll) for unit managers: the accesses made by their own care provider
 * (organisation), filtered, or a random sample. Reading the log is itself logged.
 */
export async function reviewAccessLog(db: Db, caller: Caller, filter: AccessLogFilter) {
  requirePermission(caller, 'access-log:review');
  return db.transaction().execute(async (trx) => {
    const { rows, total } = await reviewRows(trx, caller.organisationId, filter);

    const persons = [
      ...new Set(rows.map((r) => r.person_id).filter((p): p is string => p !== null)),
    ];
    await appendAccessLog(
      trx,
      caller,
      persons.map((personId) => ({
        personId,
        action: 'access-log.read',
        ground: 'log-review' as const,
        outcome: 'allowed' as const,
      })),
    );

    const items: AccessLogRow[] = rows.map((r) => ({
      id: r.id,
      at: toIso(r.at),
      userId: r.user_id,
      userName: r.user_name,
      unitId: r.unit_id,
      unitName: r.unit_name,
      organisationId: r.organisation_id,
      organisationName: r.organisation_name,
      personId: r.person_id,
      personIdentityNumber: r.personal_identity_number,
      personName:
        r.given_name === null || (r.protected_identity && !caller.mayViewProtectedIdentity)
          ? null
          : `${r.given_name} ${r.family_name}`,
      action: r.action,
      ground: r.ground as AccessLogRow['ground'],
      outcome: r.outcome,
    }));
    return { items, total };
  });
}
