import type { CircleMember } from '@vardflata/contracts';
import type { Caller } from '../../../access/caller.ts';
import type { Db } from '../../../db/database.ts';
import { todayInStockholm } from '../../../util/time.ts';
import { toMember } from '../circle.presenter.ts';
import { supportsOf, visibleMembers } from '../repositories/circle.repository.ts';

/** A member as the caller sees it, read back after a write. */
export async function memberAsSeen(trx: Db, caller: Caller, id: string): Promise<CircleMember> {
  const [row] = await visibleMembers(trx, caller, { id });
  return toMember(row!, await supportsOf(trx, [id]), todayInStockholm());
}
