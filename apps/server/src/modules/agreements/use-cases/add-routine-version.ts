import type { RoutineVersionBody } from '@vardflata/contracts';
import type { Caller } from '../../../access/caller.ts';
import type { Db } from '../../../db/database.ts';
import { notFound } from '../../../http/problem.ts';
import { manage } from '../agreements.context.ts';
import * as agreements from '../repositories/agreement.repository.ts';

/** A new version of a routine; earlier versions stay readable. */
export function addRoutineVersion(
  db: Db,
  caller: Caller,
  id: string,
  routineId: string,
  body: RoutineVersionBody,
) {
  return manage(db, caller, id, async (trx, _actor, a) => {
    const routine = a.routines.find((r) => r.id === routineId);
    if (!routine) throw notFound();
    await agreements.insertRoutineVersion(trx, {
      routineId,
      version: (routine.versions[0]?.version ?? 0) + 1,
      body: body.body,
      note: body.note,
      by: caller.staffId,
    });
  });
}
