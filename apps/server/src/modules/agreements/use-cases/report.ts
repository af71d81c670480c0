import type { FollowUp } from '@vardflata/contracts';
import type { Caller } from '../../../access/caller.ts';
import type { Db } from '../../../db/database.ts';
import { todayInStockholm } from '../../../util/time.ts';
import { renderFollowUpPdf } from '../follow-up.pdf.ts';
import { getFollowUp } from './get-follow-up.ts';

/** The year's report as PDF, for those who may read the follow-up. */
export async function followUpReport(
  db: Db,
  caller: Caller,
  id: string,
): Promise<{ pdf: Buffer; followUp: FollowUp }> {
  const followUp = await getFollowUp(db, caller, id);
  return { pdf: await renderFollowUpPdf(followUp, todayInStockholm()), followUp };
}
