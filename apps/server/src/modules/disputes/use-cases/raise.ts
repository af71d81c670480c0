import type { Dispute, RaiseDisputeBody } from '@vardflata/contracts';
import type { Caller } from '../../../access/caller.ts';
import { appendAccessLog } from '../../../audit/access-log.ts';
import type { Db } from '../../../db/database.ts';
import { badRequest, notFound, unprocessable } from '../../../http/problem.ts';
import { governanceActor } from '../../collaboration-bodies/steering-group.ts';
import { existingOrganisationIds } from '../../organisations/organisations.repository.ts';
import { findVisiblePerson } from '../../persons/persons.repository.ts';
import { present } from '../disputes.context.ts';
import { startStep } from '../disputes.ladder.ts';
import { requireMayRaise } from '../disputes.policy.ts';
import * as disputes from '../repositories/dispute.repository.ts';

/**
 * A unit manager (or a steering-group member) raises a dispute over responsibility with another
 * organisation; it starts at the line organisation (level 1), owned by the raiser. A person is
 * linked only if the raiser may see them — else 404, like any person the caller may not see.
 */
export async function raiseDispute(
  db: Db,
  caller: Caller,
  body: RaiseDisputeBody,
  now: Date = new Date(),
): Promise<Dispute> {
  const actor = await governanceActor(db, caller);
  requireMayRaise(actor);
  return db.transaction().execute(async (trx) => {
    const known = await existingOrganisationIds(trx, [body.otherOrganisationId]);
    if (!known.has(body.otherOrganisationId))
      throw badRequest([{ path: 'otherOrganisationId', message: 'no such organisation' }]);
    if (body.otherOrganisationId === caller.organisationId)
      throw unprocessable('A dispute is between two organisations.', {
        errors: [{ path: 'otherOrganisationId', message: 'is the caller’s own organisation' }],
      });
    let personId: string | null = null;
    if (body.personId) {
      const person = await findVisiblePerson(trx, caller, body.personId);
      if (!person) throw notFound();
      personId = person.id;
    }
    const id = await disputes.insertDispute(trx, {
      title: body.title,
      description: body.description,
      raisedBy: caller.staffId,
      raisedByOrganisationId: caller.organisationId,
      otherOrganisationId: body.otherOrganisationId,
      personId,
      raisedAt: now,
    });
    if (personId) {
      const person = (await findVisiblePerson(trx, caller, personId))!;
      await appendAccessLog(trx, caller, [
        {
          personId,
          action: 'dispute.link-person',
          ground: person.ground ?? 'care-relation',
          outcome: 'allowed',
          detail: { disputeId: id },
        },
      ]);
    }
    const row = (await disputes.findDisputeForJobs(trx, id))!;
    await startStep(trx, row, 1, now);
    return (await present(trx, actor, [(await disputes.findDisputeForJobs(trx, id))!], now))[0]!;
  });
}
