import type { AccessAction } from '@vardflata/domain';
import type { Caller } from '../../access/caller.ts';
import type { Db } from '../../db/database.ts';
import { withRecord, type RecordContext, type RecordKind } from '../care-chain/with-record.ts';
import { requireMayEdit } from './coercive-care.policy.ts';
import {
  findProcessPersonId,
  lockProcess,
  visibleProcesses,
  type ProcessRow,
} from './repositories/coercive-care.repository.ts';

export type ProcessContext = RecordContext<ProcessRow>;

const PROCESS: RecordKind<ProcessRow> = {
  detailKey: 'processId',
  findVisible: async (db, caller, id) => (await visibleProcesses(db, caller, { id }))[0],
  lock: lockProcess,
  personIdOf: findProcessPersonId,
  mayWrite: requireMayEdit,
};

/** Check, lock, act and log in one transaction, on a process the caller may see. */
export function withProcess<T>(
  db: Db,
  caller: Caller,
  id: string,
  action: AccessAction,
  mode: 'read' | 'write',
  work: (ctx: ProcessContext) => Promise<T>,
): Promise<T> {
  return withRecord(PROCESS, db, caller, id, action, mode, work);
}
