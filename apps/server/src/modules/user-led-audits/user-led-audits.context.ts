import { createHash, randomBytes } from 'node:crypto';
import type { AccessAction } from '@vardflata/domain';
import type { UserLedAudit } from '@vardflata/contracts';
import type { Caller } from '../../access/caller.ts';
import { appendAccessLog } from '../../audit/access-log.ts';
import type { Db } from '../../db/database.ts';
import { notFound } from '../../http/problem.ts';
import { governanceActor, type GovernanceActor } from '../collaboration-bodies/steering-group.ts';
import { reportIsOut, viewerOf } from './user-led-audits.policy.ts';
import { toTeamView, toUserLedAudit } from './user-led-audits.presenter.ts';
import { countResponses, listResponses } from './repositories/audit-response.repository.ts';
import * as audits from './repositories/user-led-audit.repository.ts';

/** A secret for a link: 32 url-safe characters; only its SHA-256 is stored. */
export function newToken(): { token: string; hash: string } {
  const token = randomBytes(24).toString('base64url');
  return { token, hash: hashToken(token) };
}
export const hashToken = (token: string) => createHash('sha256').update(token).digest('hex');

type Detail = Record<string, string | number | boolean | null>;

/** One access-log row about an audit: no person, on the ground of administration. */
export function logAudit(
  trx: Db,
  who: Parameters<typeof appendAccessLog>[1],
  action: AccessAction,
  detail: Detail,
  at?: Date,
) {
  return appendAccessLog(
    trx,
    who,
    [{ personId: null, action, ground: 'administration', outcome: 'allowed', detail }],
    at ? { at } : {},
  );
}

/**
 * A staff command on an audit the caller may see (else 404): locks it, acts, logs the action in
 * the same transaction, and answers the audit as the caller now sees it.
 */
export async function withAudit(
  db: Db,
  caller: Caller,
  id: string,
  action: AccessAction,
  work: (trx: Db, actor: GovernanceActor, row: audits.AuditRow) => Promise<Detail | void>,
): Promise<UserLedAudit> {
  const actor = await governanceActor(db, caller);
  const viewer = viewerOf(actor);
  return db.transaction().execute(async (trx) => {
    await audits.lockAudit(trx, id);
    const [row] = await audits.listVisibleAudits(trx, viewer, id);
    if (!row) throw notFound();
    const detail = (await work(trx, actor, row)) ?? {};
    await logAudit(trx, caller, action, { auditId: id, ...detail });
    const [now] = await audits.listVisibleAudits(trx, viewer, id);
    const [shown] = await presentAudits(trx, actor, [now!]);
    return shown!;
  });
}

/** Audits as staff see them, with their auditors, and the results once the report is out. */
export async function presentAudits(
  db: Db,
  actor: GovernanceActor,
  rows: audits.AuditRow[],
): Promise<UserLedAudit[]> {
  const auditors = await audits.listAuditors(
    db,
    rows.map((r) => r.id),
  );
  return Promise.all(
    rows.map(async (r) =>
      toUserLedAudit(
        actor,
        r,
        auditors.filter((a) => a.audit_id === r.id).map((a) => ({ id: a.id, name: a.name })),
        reportIsOut(r.status) ? await listResponses(db, r.id) : null,
      ),
    ),
  );
}

/** The audit team member behind a team link, and their audit; an unknown link is 404. */
export interface TeamContext {
  trx: Db;
  auditor: { id: string; name: string };
  row: audits.AuditRow;
  /** The log's "who": no account, the audited unit. */
  who: { staffId: null; unitId: string; organisationId: string };
}

/** A team step: finds the auditor by the link's hash, locks the audit, acts and logs. */
export function withTeam<T>(
  db: Db,
  token: string,
  action: AccessAction,
  work: (ctx: TeamContext) => Promise<T>,
): Promise<T> {
  return db.transaction().execute(async (trx) => {
    const auditor = await audits.findAuditorByToken(trx, hashToken(token));
    if (!auditor) throw notFound();
    await audits.lockAudit(trx, auditor.audit_id);
    const row = (await audits.findAudit(trx, auditor.audit_id))!;
    const who = { staffId: null, unitId: row.unit_id, organisationId: row.organisation_id };
    const out = await work({ trx, auditor, row, who });
    await logAudit(trx, who, action, { auditId: row.id, auditorId: auditor.id });
    return out;
  });
}

/** The audit as its team sees it now (after a step): the count while collecting, then results. */
export async function presentTeam(trx: Db, auditId: string, auditorName: string) {
  const row = (await audits.findAudit(trx, auditId))!;
  const received = row.status === 'collecting' ? await countResponses(trx, auditId) : null;
  const compiled = ['draft', 'collecting'].includes(row.status)
    ? null
    : await listResponses(trx, auditId);
  return toTeamView(row, auditorName, received, compiled);
}
