import { parseIdentityNumber } from '@vardflata/domain';
import type { EmergencyAccess } from '@vardflata/contracts';
import type { Caller } from '../../../access/caller.ts';
import { requirePermission } from '../../../access/permissions.ts';
import { appendAccessLog, logDenied } from '../../../audit/access-log.ts';
import type { Db } from '../../../db/database.ts';
import { badRequest, forbidden, notFound, unprocessable } from '../../../http/problem.ts';
import { todayInStockholm } from '../../../util/time.ts';
import { notifyEach } from '../../notifications/notifications.repository.ts';
import { findPersonForEmergencyAccess } from '../../persons/persons.repository.ts';
import { mayOpenEmergencyAccess, reasonProblem, reviewersOf } from '../emergency-access.policy.ts';
import { toEmergencyAccess } from '../emergency-access.presenter.ts';
import * as repo from '../repositories/emergency-access.repository.ts';

/**
 * Emergency access (nödåtkomst): a deliberate, logged act with a stated reason that opens a
 * person health care holds, and health care's records about them, to the caller for a few
 * hours; the reviewers of both the accessing and the owning organisations are notified.
 */
export async function openEmergencyAccess(
  db: Db,
  caller: Caller,
  body: { personalIdentityNumber: string; reason: string },
  minutes: number,
  now: Date = new Date(),
): Promise<EmergencyAccess> {
  requirePermission(caller, 'emergency-access:open');
  if (!mayOpenEmergencyAccess(caller)) {
    throw forbidden('Emergency access is for health-care staff at a health-care organisation.');
  }
  const parsed = parseIdentityNumber(body.personalIdentityNumber, todayInStockholm(now));
  const problems = [];
  if (!parsed.ok) problems.push({ path: 'personalIdentityNumber', message: parsed.message });
  const reason = reasonProblem(body.reason);
  if (reason) problems.push({ path: 'reason', message: reason });
  if (!parsed.ok || problems.length > 0) throw badRequest(problems);
  // A person only social services holds is not found: emergency access must not reveal them.
  const person = await findPersonForEmergencyAccess(db, parsed.value.normalized);
  if (!person?.held_by_health_care) {
    await logDenied(db, caller, {
      personId: person?.id ?? null,
      action: 'emergency-access.open',
      ground: 'emergency',
    });
    throw notFound();
  }
  const reviewers = reviewersOf(await repo.reviewerCandidates(db, caller, person.id));
  if (reviewers.length === 0) {
    await logDenied(db, caller, {
      personId: person.id,
      action: 'emergency-access.open',
      ground: 'emergency',
    });
    throw unprocessable(
      'No one can review this emergency access: an administrator must designate a reviewer.',
      { missing: ['reviewer'] },
    );
  }
  return db.transaction().execute(async (trx) => {
    const id = await repo.insertEmergencyAccess(trx, caller, {
      personId: person.id,
      reason: body.reason,
      expiresAt: new Date(now.getTime() + minutes * 60_000),
    });
    await repo.insertReviewers(trx, id, reviewers);
    await appendAccessLog(trx, caller, [
      {
        personId: person.id,
        action: 'emergency-access.open',
        ground: 'emergency',
        outcome: 'allowed',
        detail: { emergencyAccessId: id },
      },
    ]);
    for (const side of ['owning', 'accessing'] as const) {
      const staffIds = [...new Set(reviewers.filter((r) => r.side === side).map((r) => r.staffId))];
      await notifyEach(trx, staffIds, {
        kind: 'emergency-access-review',
        title: 'Nödåtkomst att granska',
        body:
          side === 'owning'
            ? `${caller.name} (${caller.unitName ?? caller.organisationName}) använde nödåtkomst till uppgifter som er organisation ansvarar för. Granska åtkomsten under Nödåtkomst.`
            : `${caller.name} (${caller.unitName ?? caller.organisationName}) använde nödåtkomst. Granska åtkomsten under Nödåtkomst.`,
        sipId: null,
        personId: person.id,
        dueOn: null,
        dedupeKey: `emergency-access:${id}`,
      });
    }
    return toEmergencyAccess((await repo.findEmergencyAccess(trx, caller, id))!);
  });
}
