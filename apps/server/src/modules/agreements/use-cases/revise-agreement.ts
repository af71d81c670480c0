import type { ReviseAgreementBody } from '@vardflata/contracts';
import type { Caller } from '../../../access/caller.ts';
import type { Db } from '../../../db/database.ts';
import { todayInStockholm } from '../../../util/time.ts';
import { manage } from '../agreements.context.ts';
import * as agreements from '../repositories/agreement.repository.ts';

/** A revision of the agreement (after the annual follow-up): noted, new dates if any. */
export function reviseAgreement(db: Db, caller: Caller, id: string, body: ReviseAgreementBody) {
  return manage(db, caller, id, async (trx) => {
    await agreements.insertRevision(trx, {
      agreementId: id,
      revisedOn: todayInStockholm(),
      note: body.note,
      by: caller.staffId,
    });
    await agreements.updateDates(trx, id, {
      ...(body.validUntil !== undefined ? { validUntil: body.validUntil } : {}),
      ...(body.reviewOn !== undefined ? { reviewOn: body.reviewOn } : {}),
    });
  });
}
