import type { Dispute } from '@vardflata/contracts';
import type { Caller } from '../../access/caller.ts';
import { appendAccessLog } from '../../audit/access-log.ts';
import type { Db } from '../../db/database.ts';
import { notFound } from '../../http/problem.ts';
import { todayInStockholm } from '../../util/time.ts';
import { governanceActor, type GovernanceActor } from '../collaboration-bodies/steering-group.ts';
import { findVisiblePerson } from '../persons/persons.repository.ts';
import { viewerOf } from './disputes.policy.ts';
import { toDispute } from './disputes.presenter.ts';
import * as disputes from './repositories/dispute.repository.ts';

/**
 * What every dispute use case shares. A dispute may name a person: the person is shown only to
 * a caller who may see them under the access rules (decided in SQL), and each showing is a
 * logged read; to everyone else the dispute says only that a person is linked.
 */
export interface DisputeContext {
  trx: Db;
  actor: GovernanceActor;
  row: disputes.DisputeRow;
  current: disputes.DisputeStepWithOwners | undefined;
  now: Date;
}

/** The disputes as the caller sees them, people shown only where visible (and logged). */
export async function present(
  trx: Db,
  actor: GovernanceActor,
  rows: disputes.DisputeRow[],
  now: Date,
): Promise<Dispute[]> {
  const steps = await disputes.listSteps(
    trx,
    rows.map((r) => r.id),
  );
  const today = todayInStockholm(now);
  const out: Dispute[] = [];
  for (const row of rows) {
    let person: { id: string; name: string } | null = null;
    if (row.person_id) {
      const p = await findVisiblePerson(trx, actor.caller, row.person_id);
      if (p) {
        const hidden = p.protected_identity && !actor.caller.mayViewProtectedIdentity;
        person = {
          id: p.id,
          name: hidden ? 'Skyddad identitet' : `${p.given_name} ${p.family_name}`,
        };
        await appendAccessLog(trx, actor.caller, [
          {
            personId: p.id,
            action: 'dispute.read',
            ground: p.ground ?? 'care-relation',
            outcome: 'allowed',
            detail: { disputeId: row.id },
          },
        ]);
      }
    }
    out.push(
      toDispute(
        actor,
        row,
        steps.filter((s) => s.dispute_id === row.id),
        person,
        today,
      ),
    );
  }
  return out;
}

/** Locks a dispute the caller may see (else 404), acts, and answers it as it now is. */
export async function withDispute(
  db: Db,
  caller: Caller,
  id: string,
  now: Date,
  work: (ctx: DisputeContext) => Promise<void>,
): Promise<Dispute> {
  const actor = await governanceActor(db, caller);
  const viewer = viewerOf(actor);
  return db.transaction().execute(async (trx) => {
    await disputes.lockDispute(trx, id);
    const row = await disputes.findVisibleDispute(trx, viewer, id);
    if (!row) throw notFound();
    const current = (await disputes.listSteps(trx, [id])).find((s) => s.ended_at === null);
    await work({ trx, actor, row, current, now });
    const after = await disputes.findDisputeForJobs(trx, id);
    return (await present(trx, actor, [after!], now))[0]!;
  });
}
