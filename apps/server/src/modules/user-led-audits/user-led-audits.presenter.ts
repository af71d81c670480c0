import type { AuditTeamView, UserLedAudit } from '@vardflata/contracts';
import { compileAuditResults, type AuditAnswer } from '@vardflata/domain';
import type { GovernanceActor } from '../collaboration-bodies/steering-group.ts';
import { toIso, toIsoOrNull } from '../../util/time.ts';
import { mayInvite, mayRespond } from './user-led-audits.policy.ts';
import type { AuditRow } from './repositories/user-led-audit.repository.ts';

function report(row: AuditRow) {
  return {
    findings: row.findings,
    recommendations: row.recommendations,
    publishedAt: toIsoOrNull(row.published_at),
    plannedActions: row.planned_actions,
    respondedAt: toIsoOrNull(row.responded_at),
    respondedBy: row.responded_by_name,
  };
}

/** The audit as staff see it; `responses` is given only once the report is out. */
export function toUserLedAudit(
  actor: GovernanceActor,
  row: AuditRow,
  auditors: { id: string; name: string }[],
  responses: AuditAnswer[][] | null,
): UserLedAudit {
  const out = responses !== null;
  return {
    id: row.id,
    title: row.title,
    unit: { id: row.unit_id, name: row.unit_name },
    organisationName: row.organisation_name,
    periodFrom: row.period_from,
    periodTo: row.period_to,
    userOrganisation: row.user_organisation,
    status: row.status,
    commissionedAt: toIso(row.commissioned_at),
    commissionedBy: row.commissioned_by_name,
    auditors,
    questions: row.questions,
    results: out ? compileAuditResults(row.questions, responses) : null,
    ...(out
      ? report(row)
      : {
          findings: null,
          recommendations: null,
          publishedAt: null,
          plannedActions: null,
          respondedAt: null,
          respondedBy: null,
        }),
    mayInvite: mayInvite(actor, row),
    mayRespond: mayRespond(actor, row),
  };
}

/** The audit as its team sees it: the count while collecting, the results from compiling on. */
export function toTeamView(
  row: AuditRow,
  auditorName: string,
  received: number | null,
  responses: AuditAnswer[][] | null,
): AuditTeamView {
  return {
    title: row.title,
    unitName: row.unit_name,
    periodFrom: row.period_from,
    periodTo: row.period_to,
    userOrganisation: row.user_organisation,
    status: row.status,
    auditorName,
    questions: row.questions,
    received,
    results: responses ? compileAuditResults(row.questions, responses) : null,
    ...report(row),
  };
}
