import type { Caller } from '../../../access/caller.ts';
import { requirePermission } from '../../../access/permissions.ts';
import { clearFailures } from '../../../auth/throttle.ts';
import type { Db } from '../../../db/database.ts';
import { notFound } from '../../../http/problem.ts';
import { logAdministration } from '../../organisations/organisations.service.ts';
import * as repo from '../staff.repository.ts';

/**
 * `POST /api/staff/:id/unlock`: an administrator lifts the sign-in lock (and any delay) of an
 * account after failed sign-ins (decision 0012). The password is unchanged: whoever failed 100
 * times still does not know it.
 */
export async function unlockSignIn(db: Db, caller: Caller, id: string): Promise<void> {
  requirePermission(caller, 'administration');
  await db.transaction().execute(async (trx) => {
    const account = await repo.findStaffAccount(trx, id);
    if (!account) throw notFound();
    await clearFailures(trx, account.username);
    await logAdministration(trx, caller, 'staff.unlock', { staffId: id });
  });
}
