import type { AccessAction } from '@vardflata/domain';
import type { Caller } from '../../access/caller.ts';
import { requirePermission } from '../../access/permissions.ts';
import { appendAccessLog, logDenied } from '../../audit/access-log.ts';
import type { Db } from '../../db/database.ts';
import { HttpProblem, notFound } from '../../http/problem.ts';
import { todayInStockholm } from '../../util/time.ts';
import { requireMayEdit } from './interventions.policy.ts';
import {
  findInterventionPersonId,
  lockIntervention,
  visibleInterventions,
  type InterventionRow,
} from './repositories/intervention.repository.ts';

export interface InterventionContext {
  trx: Db;
  caller: Caller;
  row: InterventionRow;
  today: string;
}

const NOT_VISIBLE = Symbol('not visible');

/**
 * Check, lock, act and log in one transaction (decision 0010): the intervention the caller may
 * see, locked for a write, which needs the caller's organisation to answer for it. Not visible
 * is a logged 404; a refusal after it was seen is logged with the ground it was seen on.
 */
export async function withIntervention<T>(
  db: Db,
  caller: Caller,
  id: string,
  action: AccessAction,
  mode: 'read' | 'write',
  work: (ctx: InterventionContext) => Promise<T>,
): Promise<T> {
  requirePermission(caller, mode === 'read' ? 'care-chain:read' : 'care-chain:write');
  let seen: InterventionRow | undefined;
  try {
    const result = await db.transaction().execute(async (trx) => {
      if (mode === 'write') await lockIntervention(trx, id);
      const [row] = await visibleInterventions(trx, caller, { id });
      if (!row) return NOT_VISIBLE;
      seen = row;
      if (mode === 'write') requireMayEdit(caller, row);
      const value = await work({ trx, caller, row, today: todayInStockholm() });
      await appendAccessLog(trx, caller, [
        {
          personId: row.person_id,
          action,
          ground: row.ground,
          outcome: 'allowed',
          detail: { interventionId: id },
        },
      ]);
      return { value };
    });
    if (result === NOT_VISIBLE) {
      await logDenied(db, caller, {
        personId: await findInterventionPersonId(db, id),
        action,
        ground: 'none',
        detail: { interventionId: id },
      });
      throw notFound();
    }
    return result.value;
  } catch (error) {
    if (seen && error instanceof HttpProblem) {
      await logDenied(db, caller, {
        personId: seen.person_id,
        action,
        ground: seen.ground,
        detail: { interventionId: id, status: error.status },
      });
    }
    throw error;
  }
}

/** Reads the intervention again after a write, as the caller now sees it. */
export async function reload(ctx: InterventionContext): Promise<InterventionRow> {
  const [row] = await visibleInterventions(ctx.trx, ctx.caller, { id: ctx.row.id });
  return row!;
}
