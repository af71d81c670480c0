import type { Deviation, ReportDeviationBody } from '@vardflata/contracts';
import { DEVIATION_CATEGORY_LABELS } from '@vardflata/domain';
import type { Caller } from '../../../access/caller.ts';
import type { Db } from '../../../db/database.ts';
import { badRequest } from '../../../http/problem.ts';
import { memberStaffIds } from '../../collaboration-bodies/repositories/collaboration-body.repository.ts';
import { governanceActor } from '../../collaboration-bodies/steering-group.ts';
import { notifyEach } from '../../notifications/notifications.repository.ts';
import { existingOrganisationIds } from '../../organisations/organisations.repository.ts';
import { activeManagersOfOrganisations } from '../../staff/staff.repository.ts';
import { viewerOf } from '../deviations.policy.ts';
import { toDeviation } from '../deviations.presenter.ts';
import * as deviations from '../repositories/deviation.repository.ts';

/**
 * Any staff member reports a collaboration failure. The organisation it concerns is told: its
 * unit managers get a notification (or, when it has none, the county steering group).
 */
export async function reportDeviation(
  db: Db,
  caller: Caller,
  body: ReportDeviationBody,
  now: Date = new Date(),
): Promise<Deviation> {
  const actor = await governanceActor(db, caller);
  return db.transaction().execute(async (trx) => {
    const known = await existingOrganisationIds(trx, [body.concernsOrganisationId]);
    if (!known.has(body.concernsOrganisationId))
      throw badRequest([{ path: 'concernsOrganisationId', message: 'no such organisation' }]);
    const id = await deviations.insertDeviation(trx, {
      category: body.category,
      description: body.description,
      reportedBy: caller.staffId,
      reporterOrganisationId: caller.organisationId,
      reporterUnitId: caller.unitId,
      concernsOrganisationId: body.concernsOrganisationId,
      reportedAt: now,
    });
    let recipients = await activeManagersOfOrganisations(trx, [body.concernsOrganisationId]);
    if (recipients.length === 0)
      recipients = await memberStaffIds(trx, { kind: 'county-steering-group' });
    await notifyEach(
      trx,
      recipients.filter((r) => r !== caller.staffId),
      {
        kind: 'deviation.reported',
        title: 'Ny avvikelse i samverkan',
        body: `${DEVIATION_CATEGORY_LABELS[body.category].sv}: en avvikelse från ${caller.organisationName ?? caller.name} väntar på svar.`,
        sipId: null,
        personId: null,
        dueOn: null,
        dedupeKey: `deviation.reported:${id}`,
      },
    );
    const row = await deviations.findVisibleDeviation(trx, viewerOf(actor), id);
    return toDeviation(actor, row!);
  });
}
