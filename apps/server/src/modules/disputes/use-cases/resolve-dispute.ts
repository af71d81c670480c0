import type { Dispute, ResolveDisputeBody } from '@vardflata/contracts';
import type { Caller } from '../../../access/caller.ts';
import type { Db } from '../../../db/database.ts';
import { memberStaffIds } from '../../collaboration-bodies/repositories/collaboration-body.repository.ts';
import { notifyEach } from '../../notifications/notifications.repository.ts';
import { withDispute } from '../disputes.context.ts';
import { requireMayResolve } from '../disputes.policy.ts';
import * as disputes from '../repositories/dispute.repository.ts';

/** Resolved with the decision; the raiser and the step's owners hear of it. */
export function resolveDispute(
  db: Db,
  caller: Caller,
  id: string,
  body: ResolveDisputeBody,
  now: Date = new Date(),
): Promise<Dispute> {
  return withDispute(db, caller, id, now, async ({ trx, actor, row, current }) => {
    requireMayResolve(actor, row, current);
    await disputes.endCurrentStep(trx, id, { how: 'resolved', by: caller.staffId, at: now });
    await disputes.recordDecision(trx, id, {
      decision: body.decision,
      by: caller.staffId,
      at: now,
    });
    const told = new Set([row.raised_by, ...(current?.owners.map((o) => o.id) ?? [])]);
    if (current?.owner_body_id)
      for (const m of await memberStaffIds(trx, { bodyId: current.owner_body_id })) told.add(m);
    told.delete(caller.staffId);
    await notifyEach(trx, [...told], {
      kind: 'dispute.resolved',
      title: 'Tvist avgjord',
      body: `${row.title}: ${body.decision}`.slice(0, 500),
      sipId: null,
      personId: null,
      dueOn: null,
      dedupeKey: `dispute.resolved:${id}`,
    });
  });
}
