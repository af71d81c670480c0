import { z } from 'zod';
import { DISPUTE_STATUSES } from '@vardflata/domain';
import { int32, isoDateTime, uuid } from './common.ts';
import { personFreeText } from './deviations.ts';

/**
 * The dispute ladder (F13, seed 001): 1 line organisation, 2 nearest management level, 3 local
 * collaboration group, 4 county group. Each step has owners and a due date.
 */
export const disputeStatus = z.enum(DISPUTE_STATUSES);
export const disputeLevelCode = z.enum([
  'line-organisation',
  'management',
  'local-group',
  'county-group',
]);

export const raiseDisputeBody = z.object({
  title: personFreeText(200),
  description: personFreeText(4000),
  otherOrganisationId: uuid,
  /** A dispute about one person's care may name them — only a person the caller may see. */
  personId: uuid.optional(),
});
export type RaiseDisputeBody = z.infer<typeof raiseDisputeBody>;

export const escalateDisputeBody = z
  .object({ reason: personFreeText(2000).optional() })
  .default({});
export type EscalateDisputeBody = z.infer<typeof escalateDisputeBody>;

export const resolveDisputeBody = z.object({ decision: personFreeText(4000) });
export type ResolveDisputeBody = z.infer<typeof resolveDisputeBody>;

export const disputeStep = z.object({
  level: int32,
  code: disputeLevelCode,
  owner: z.string(),
  owners: z.array(z.string()),
  startedAt: isoDateTime,
  dueOn: z.string(),
  endedAt: isoDateTime.nullable(),
  endedHow: z.enum(['escalated', 'escalated-overdue', 'resolved']).nullable(),
  overdue: z.boolean(),
});

export const dispute = z.object({
  id: uuid,
  title: z.string(),
  description: z.string(),
  status: disputeStatus,
  level: int32,
  raisedAt: isoDateTime,
  raisedBy: z.string(),
  raisedByOrganisation: z.object({ id: uuid, name: z.string() }).nullable(),
  otherOrganisation: z.object({ id: uuid, name: z.string() }),
  /** The person the dispute concerns, only for a caller who may see them. */
  person: z.object({ id: uuid, name: z.string() }).nullable(),
  /** A person is named, whether or not the caller may see who. */
  personLinked: z.boolean(),
  decision: z.string().nullable(),
  resolvedAt: isoDateTime.nullable(),
  resolvedBy: z.string().nullable(),
  steps: z.array(disputeStep),
  mayEscalate: z.boolean(),
  mayResolve: z.boolean(),
});
export type Dispute = z.infer<typeof dispute>;

export const disputeListQuery = z.object({
  /** owned: disputes whose current step the caller owns (the worklist). */
  scope: z.enum(['owned', 'all']).default('all'),
  status: disputeStatus.optional(),
});
