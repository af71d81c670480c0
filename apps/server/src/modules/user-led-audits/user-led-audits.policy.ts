import {
  answerFits,
  AUDIT_STEPS,
  type AuditAnswer,
  type AuditQuestion,
  type UserLedAuditStatus,
} from '@vardflata/domain';
import type { GovernanceActor } from '../collaboration-bodies/steering-group.ts';
import { badRequest, forbidden, unprocessable } from '../../http/problem.ts';
import type { AuditRow, AuditViewer } from './repositories/user-led-audit.repository.ts';

/**
 * Who may do what with a user-led audit (decision 0019-c). Staff of the unit's organisation
 * see its audits, the county steering group sees all. A coordinator or unit manager of the
 * organisation (or the steering group) commissions an audit and invites its auditors; the
 * unit manager of the organisation answers the published report. The audit's own work —
 * questions, collection, results, report — belongs to the team, through their team links.
 */

export function viewerOf(actor: GovernanceActor): AuditViewer {
  return { organisationId: actor.caller.organisationId, steering: actor.steering };
}

const COMMISSIONING_ROLES = ['coordinator', 'unit-manager'];

export function mayCommissionFor(actor: GovernanceActor, organisationId: string): boolean {
  if (actor.steering) return true;
  return (
    COMMISSIONING_ROLES.includes(actor.caller.role) &&
    actor.caller.organisationId === organisationId
  );
}

/** Auditors are invited until the report is out. */
export function mayInvite(actor: GovernanceActor, row: AuditRow): boolean {
  return (
    ['draft', 'collecting', 'compiling'].includes(row.status) &&
    mayCommissionFor(actor, row.organisation_id)
  );
}

/** The unit's manager answers with what they will do, once the report is published. */
export function mayRespond(actor: GovernanceActor, row: AuditRow): boolean {
  return (
    row.status === 'published' &&
    actor.caller.role === 'unit-manager' &&
    actor.caller.organisationId === row.organisation_id
  );
}

/** Staff see the report and the results only once the team has published them. */
export const reportIsOut = (status: UserLedAuditStatus) =>
  status === 'published' || status === 'answered';

export function requireMayCommissionFor(actor: GovernanceActor, organisationId: string): void {
  if (!mayCommissionFor(actor, organisationId)) throw forbidden();
}

export function requireMayInvite(actor: GovernanceActor, row: AuditRow): void {
  if (!mayCommissionFor(actor, row.organisation_id)) throw forbidden();
  requireStatus(row.status, ['draft', 'collecting', 'compiling']);
}

export function requireMayRespond(actor: GovernanceActor, row: AuditRow): void {
  if (actor.caller.role !== 'unit-manager' || actor.caller.organisationId !== row.organisation_id)
    throw forbidden();
  requireStatus(row.status, [AUDIT_STEPS.respond.from]);
}

/** A step taken in the wrong status: 422 naming the status. */
export function requireStatus(status: UserLedAuditStatus, allowed: UserLedAuditStatus[]): void {
  if (!allowed.includes(status))
    throw unprocessable(`The audit is ${status}.`, {
      errors: [{ path: 'status', message: `is ${status}` }],
    });
}

/** One answer per question, each fitting its question's kind: else 400 naming the answer. */
export function requireAnswersFit(questions: AuditQuestion[], answers: AuditAnswer[]): void {
  if (answers.length !== questions.length)
    throw badRequest([{ path: 'answers', message: `must have ${questions.length} answers` }]);
  const wrong = answers.findIndex((a, i) => !answerFits(questions[i]!.kind, a));
  if (wrong >= 0)
    throw badRequest([
      { path: `answers[${wrong}]`, message: `does not fit a ${questions[wrong]!.kind} question` },
    ]);
}
