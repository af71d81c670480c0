import type { Deviation } from '@vardflata/contracts';
import type { GovernanceActor } from '../collaboration-bodies/steering-group.ts';
import { toIso, toIsoOrNull } from '../../util/time.ts';
import { mayAnswer, mayClose } from './deviations.policy.ts';
import type { DeviationRow } from './repositories/deviation.repository.ts';

export function toDeviation(actor: GovernanceActor, row: DeviationRow): Deviation {
  return {
    id: row.id,
    category: row.category,
    description: row.description,
    status: row.status,
    reportedAt: toIso(row.reported_at),
    reportedBy: { name: row.reporter_name, unitName: row.reporter_unit_name },
    reporterOrganisation:
      row.reporter_organisation_id && row.reporter_organisation_name
        ? { id: row.reporter_organisation_id, name: row.reporter_organisation_name }
        : null,
    concernsOrganisation: {
      id: row.concerns_organisation_id,
      name: row.concerns_organisation_name,
    },
    answer: row.answer,
    answeredAt: toIsoOrNull(row.answered_at),
    answeredBy: row.answered_by_name,
    actionTaken: row.action_taken,
    closedAt: toIsoOrNull(row.closed_at),
    closedBy: row.closed_by_name,
    mayAnswer: mayAnswer(actor, row),
    mayClose: mayClose(actor, row),
  };
}
