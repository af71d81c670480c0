import type { AccessAction } from '@vardflata/domain';
import type { Caller } from '../../access/caller.ts';
import { appendAccessLog } from '../../audit/access-log.ts';
import type { Db } from '../../db/database.ts';

/** Every change of the joint financing is a log row of its own (administration, no person). */
export function logAdministration(
  trx: Db,
  caller: Caller,
  action: AccessAction,
  detail: Record<string, string | number | boolean | null>,
) {
  return appendAccessLog(trx, caller, [
    { personId: null, action, ground: 'administration', outcome: 'allowed', detail },
  ]);
}
