import type { Role, StaffMember } from '@vardflata/contracts';
import type { Caller } from '../../../access/caller.ts';
import { requirePermission } from '../../../access/permissions.ts';
import { endSessionsOf } from '../../../auth/session-store.ts';
import type { Db } from '../../../db/database.ts';
import { notFound } from '../../../http/problem.ts';
import { logAdministration } from '../../organisations/organisations.service.ts';
import * as repo from '../staff.repository.ts';
import { requireMayApprove } from '../staff.policy.ts';
import { presentAccount } from '../staff.service.ts';

/**
 * `POST /api/staff/:id/approve`: a second administrator approves what waits on the account
 * (decision 0012). A new account, password or second-factor reset may then sign in (still
 * choosing its own password and enrolling a second factor first); a role change takes effect
 * and the account's sessions end, so nothing acts under the old role.
 */
export async function approveProposal(
  db: Db,
  caller: Caller,
  now: Date,
  id: string,
): Promise<StaffMember> {
  requirePermission(caller, 'administration');
  return db.transaction().execute(async (trx) => {
    const account = await repo.lockStaffAccount(trx, id);
    if (!account) throw notFound();
    requireMayApprove(caller, account);
    const roleChange =
      account.proposal === 'role' && account.pending_role
        ? {
            role: account.pending_role as Role,
            unit_id: account.pending_unit_id,
            organisation_id: account.pending_organisation_id,
          }
        : {};
    await repo.updateStaffAccount(trx, id, {
      ...roleChange,
      proposal: null,
      proposed_by: null,
      proposed_at: null,
      pending_role: null,
      pending_unit_id: null,
      pending_organisation_id: null,
      approved_by: caller.staffId,
      approved_at: now,
    });
    if (account.proposal === 'role') await endSessionsOf(trx, id);
    await logAdministration(trx, caller, 'staff.approve', { staffId: id });
    return presentAccount(trx, id, now);
  });
}
