import type { AuditorInvitation, InviteAuditorBody } from '@vardflata/contracts';
import type { Caller } from '../../../access/caller.ts';
import type { Db } from '../../../db/database.ts';
import { newToken, withAudit } from '../user-led-audits.context.ts';
import { requireMayInvite } from '../user-led-audits.policy.ts';
import { insertAuditor } from '../repositories/user-led-audit.repository.ts';

/**
 * Invites a user auditor by name: they get a personal team link (shown once, kept as a hash)
 * that reaches this audit's team pages and nothing else — no account, no person data.
 */
export async function inviteAuditor(
  db: Db,
  caller: Caller,
  id: string,
  body: InviteAuditorBody,
  now: Date = new Date(),
): Promise<AuditorInvitation> {
  const { token, hash } = newToken();
  let auditor: { id: string; name: string } | undefined;
  await withAudit(db, caller, id, 'user-led-audit.invite-auditor', async (trx, actor, row) => {
    requireMayInvite(actor, row);
    auditor = await insertAuditor(trx, {
      auditId: id,
      name: body.name,
      tokenHash: hash,
      invitedBy: caller.staffId,
      at: now,
    });
    return { auditorId: auditor.id };
  });
  return { auditor: auditor!, token, path: `/audit-team/${token}` };
}
