import type { AddRoutineBody } from '@vardflata/contracts';
import type { Caller } from '../../../access/caller.ts';
import type { Db } from '../../../db/database.ts';
import { manage } from '../agreements.context.ts';
import * as agreements from '../repositories/agreement.repository.ts';

/** A routine linked to the agreement (e.g. the LVM checklist), as its first version. */
export function addRoutine(db: Db, caller: Caller, id: string, body: AddRoutineBody) {
  return manage(db, caller, id, async (trx) => {
    await agreements.insertRoutine(trx, {
      agreementId: id,
      title: body.title,
      body: body.body,
      by: caller.staffId,
    });
  });
}
