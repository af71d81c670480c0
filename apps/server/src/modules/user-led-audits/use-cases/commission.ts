import type { CommissionAuditBody, UserLedAudit } from '@vardflata/contracts';
import type { Caller } from '../../../access/caller.ts';
import type { Db } from '../../../db/database.ts';
import { badRequest } from '../../../http/problem.ts';
import { governanceActor } from '../../collaboration-bodies/steering-group.ts';
import { findUnit } from '../../organisations/organisations.repository.ts';
import { logAudit, presentAudits } from '../user-led-audits.context.ts';
import { requireMayCommissionFor, viewerOf } from '../user-led-audits.policy.ts';
import { insertAudit, listVisibleAudits } from '../repositories/user-led-audit.repository.ts';

/** A coordinator or manager commissions an audit of a unit for a period: a draft. */
export async function commissionAudit(
  db: Db,
  caller: Caller,
  body: CommissionAuditBody,
  now: Date = new Date(),
): Promise<UserLedAudit> {
  const actor = await governanceActor(db, caller);
  return db.transaction().execute(async (trx) => {
    const unit = await findUnit(trx, body.unitId);
    if (!unit) throw badRequest([{ path: 'unitId', message: 'no such unit' }]);
    requireMayCommissionFor(actor, unit.organisation_id);
    const id = await insertAudit(trx, {
      title: body.title,
      unitId: unit.id,
      organisationId: unit.organisation_id,
      periodFrom: body.periodFrom,
      periodTo: body.periodTo,
      userOrganisation: body.userOrganisation,
      commissionedBy: caller.staffId,
      at: now,
    });
    await logAudit(trx, caller, 'user-led-audit.commission', { auditId: id });
    const rows = await listVisibleAudits(trx, viewerOf(actor), id);
    return (await presentAudits(trx, actor, rows))[0]!;
  });
}
