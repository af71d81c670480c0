import type { AccessAction } from '@vardflata/domain';
import type { Caller } from '../../access/caller.ts';
import type { Db } from '../../db/database.ts';
import { withRecord, type RecordContext, type RecordKind } from '../care-chain/with-record.ts';
import { requireMayEdit } from './interventions.policy.ts';
import {
  findInterventionPersonId,
  lockIntervention,
  visibleInterventions,
  type InterventionRow,
} from './repositories/intervention.repository.ts';

export type InterventionContext = RecordContext<InterventionRow>;

const INTERVENTION: RecordKind<InterventionRow> = {
  detailKey: 'interventionId',
  findVisible: async (db, caller, id) => (await visibleInterventions(db, caller, { id }))[0],
  lock: lockIntervention,
  personIdOf: findInterventionPersonId,
  mayWrite: requireMayEdit,
};

/** Check, lock, act and log in one transaction, on an intervention the caller may see. */
export function withIntervention<T>(
  db: Db,
  caller: Caller,
  id: string,
  action: AccessAction,
  mode: 'read' | 'write',
  work: (ctx: InterventionContext) => Promise<T>,
): Promise<T> {
  return withRecord(INTERVENTION, db, caller, id, action, mode, work);
}

/** Reads the intervention again after a write, as the caller now sees it. */
export async function reload(ctx: InterventionContext): Promise<InterventionRow> {
  const [row] = await visibleInterventions(ctx.trx, ctx.caller, { id: ctx.row.id });
  return row!;
}
