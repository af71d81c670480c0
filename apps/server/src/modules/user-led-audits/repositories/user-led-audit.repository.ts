import type { AuditQuestion, UserLedAuditStatus } from '@vardflata/domain';
import type { Db } from '../../../db/database.ts';

/** Who is asking: the staff member's organisation, or the whole county for the steering group. */
export interface AuditViewer {
  organisationId: string | null;
  steering: boolean;
}

function auditRows(db: Db) {
  return db
    .selectFrom('user_led_audit as a')
    .innerJoin('unit as u', 'u.id', 'a.unit_id')
    .innerJoin('organisation as o', 'o.id', 'a.organisation_id')
    .innerJoin('staff as c', 'c.id', 'a.commissioned_by')
    .leftJoin('staff as r', 'r.id', 'a.responded_by')
    .selectAll('a')
    .select([
      'u.name as unit_name',
      'o.name as organisation_name',
      'c.name as commissioned_by_name',
      'r.name as responded_by_name',
    ]);
}
export type AuditRow = NonNullable<Awaited<ReturnType<typeof findAudit>>>;

/** One audit by id (no visibility: for the team link, which has found the audit itself). */
export function findAudit(db: Db, id: string) {
  return auditRows(db).where('a.id', '=', id).executeTakeFirst();
}

/** Audits the viewer may see: those of their organisation's units, or all for the steering group. */
export function listVisibleAudits(db: Db, viewer: AuditViewer, id?: string) {
  let q = auditRows(db);
  if (!viewer.steering) {
    if (!viewer.organisationId) return Promise.resolve([]);
    q = q.where('a.organisation_id', '=', viewer.organisationId);
  }
  if (id) q = q.where('a.id', '=', id);
  return q.orderBy('a.commissioned_at', 'desc').orderBy('a.id').execute();
}

export async function lockAudit(trx: Db, id: string): Promise<void> {
  await trx.selectFrom('user_led_audit').select('id').where('id', '=', id).forUpdate().execute();
}

export async function insertAudit(
  trx: Db,
  row: {
    title: string;
    unitId: string;
    organisationId: string;
    periodFrom: string;
    periodTo: string;
    userOrganisation: string;
    commissionedBy: string;
    at: Date;
  },
): Promise<string> {
  const { id } = await trx
    .insertInto('user_led_audit')
    .values({
      title: row.title,
      unit_id: row.unitId,
      organisation_id: row.organisationId,
      period_from: row.periodFrom,
      period_to: row.periodTo,
      user_organisation: row.userOrganisation,
      commissioned_by: row.commissionedBy,
      commissioned_at: row.at,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  return id;
}

/** Moves the audit on only from the status it is expected in: false when it was not there. */
export async function moveAudit(
  trx: Db,
  id: string,
  from: UserLedAuditStatus,
  to: UserLedAuditStatus,
  extra: {
    published_at?: Date;
    planned_actions?: string;
    responded_by?: string;
    responded_at?: Date;
  } = {},
): Promise<boolean> {
  const res = await trx
    .updateTable('user_led_audit')
    .set({ status: to, ...extra })
    .where('id', '=', id)
    .where('status', '=', from)
    .executeTakeFirst();
  return res.numUpdatedRows > 0n;
}

export async function saveQuestions(trx: Db, id: string, questions: AuditQuestion[]) {
  await trx
    .updateTable('user_led_audit')
    .set({ questions: JSON.stringify(questions) })
    .where('id', '=', id)
    .execute();
}

export async function saveReport(
  trx: Db,
  id: string,
  report: { findings: string; recommendations: string },
) {
  await trx
    .updateTable('user_led_audit')
    .set({ findings: report.findings, recommendations: report.recommendations })
    .where('id', '=', id)
    .execute();
}

// ---- the team: named auditors with a personal link (hash only)

export async function insertAuditor(
  trx: Db,
  row: { auditId: string; name: string; tokenHash: string; invitedBy: string; at: Date },
) {
  return trx
    .insertInto('user_led_auditor')
    .values({
      audit_id: row.auditId,
      name: row.name,
      token_hash: row.tokenHash,
      invited_by: row.invitedBy,
      invited_at: row.at,
    })
    .returning(['id', 'name'])
    .executeTakeFirstOrThrow();
}

export function listAuditors(db: Db, auditIds: string[]) {
  if (auditIds.length === 0) return Promise.resolve([]);
  return db
    .selectFrom('user_led_auditor')
    .select(['id', 'audit_id', 'name'])
    .where('audit_id', 'in', auditIds)
    .orderBy('invited_at')
    .orderBy('id')
    .execute();
}

export function findAuditorByToken(db: Db, tokenHash: string) {
  return db
    .selectFrom('user_led_auditor')
    .select(['id', 'audit_id', 'name'])
    .where('token_hash', '=', tokenHash)
    .executeTakeFirst();
}
