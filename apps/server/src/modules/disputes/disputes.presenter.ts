import type { Dispute } from '@vardflata/contracts';
import { toIso, toIsoOrNull } from '../../util/time.ts';
import type { GovernanceActor } from '../collaboration-bodies/steering-group.ts';
import { levelOf } from './disputes.ladder.ts';
import { mayEscalate, mayResolve } from './disputes.policy.ts';
import type { DisputeRow, DisputeStepWithOwners } from './repositories/dispute.repository.ts';

export function toDispute(
  actor: GovernanceActor,
  row: DisputeRow,
  steps: DisputeStepWithOwners[],
  person: { id: string; name: string } | null,
  today: string,
): Dispute {
  const current = steps.find((s) => s.ended_at === null);
  return {
    id: row.id,
    title: row.title,
    description: row.description,
    status: row.status,
    level: row.level,
    raisedAt: toIso(row.raised_at),
    raisedBy: row.raised_by_name,
    raisedByOrganisation:
      row.raised_by_organisation_id && row.raised_by_organisation_name
        ? { id: row.raised_by_organisation_id, name: row.raised_by_organisation_name }
        : null,
    otherOrganisation: { id: row.other_organisation_id, name: row.other_organisation_name },
    person,
    personLinked: row.person_id !== null,
    decision: row.decision,
    resolvedAt: toIsoOrNull(row.resolved_at),
    resolvedBy: row.resolved_by_name,
    steps: steps.map((s) => ({
      level: s.level,
      code: levelOf(s.level).code,
      owner: s.owner_name,
      owners: s.owners.map((o) => o.name),
      startedAt: toIso(s.started_at),
      dueOn: s.due_on,
      endedAt: toIsoOrNull(s.ended_at),
      endedHow: s.ended_how,
      overdue: s.ended_at === null && s.due_on < today,
    })),
    mayEscalate: mayEscalate(actor, row, current),
    mayResolve: mayResolve(actor, row, current),
  };
}
