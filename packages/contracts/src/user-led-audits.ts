import { z } from 'zod';
import { AUDIT_QUESTION_KINDS, USER_LED_AUDIT_STATUSES } from '@vardflata/domain';
import { int32, isoDate, isoDateTime, uuid } from './common.ts';
import { personFreeText } from './deviations.ts';

/**
 * User-led audits (brukarrevision, decision 0019-c). Staff commission an audit and the unit's
 * manager answers it; the audit team works through a personal team link (no account); the
 * people asked answer on a one-time link. No person data anywhere: free texts refuse a
 * personal identity number.
 */
export const userLedAuditStatus = z.enum(USER_LED_AUDIT_STATUSES);
export const auditQuestionKind = z.enum(AUDIT_QUESTION_KINDS);

export const auditQuestion = z.object({ kind: auditQuestionKind, text: personFreeText(500) });

export const commissionAuditBody = z
  .object({
    title: personFreeText(200),
    unitId: uuid,
    periodFrom: isoDate,
    periodTo: isoDate,
    userOrganisation: personFreeText(200),
  })
  .refine((b) => b.periodFrom <= b.periodTo, {
    message: 'must not be before periodFrom',
    path: ['periodTo'],
  });
export type CommissionAuditBody = z.infer<typeof commissionAuditBody>;

export const inviteAuditorBody = z.object({ name: personFreeText(120) });
export type InviteAuditorBody = z.infer<typeof inviteAuditorBody>;

export const respondAuditBody = z.object({ plannedActions: personFreeText(4000) });
export type RespondAuditBody = z.infer<typeof respondAuditBody>;

export const auditQuestionsBody = z.object({ questions: z.array(auditQuestion).min(1).max(40) });
export type AuditQuestionsBody = z.infer<typeof auditQuestionsBody>;

export const auditLinksBody = z.object({ count: int32.min(1).max(50) });
export type AuditLinksBody = z.infer<typeof auditLinksBody>;

export const auditReportBody = z.object({
  findings: personFreeText(8000),
  recommendations: personFreeText(8000),
});
export type AuditReportBody = z.infer<typeof auditReportBody>;

/** One answer per question: 1–5, yes/no, a text, or null when left unanswered. */
export const auditAnswersBody = z.object({
  answers: z
    .array(z.union([int32.min(1).max(5), z.boolean(), personFreeText(2000)]).nullable())
    .max(40),
});
export type AuditAnswersBody = z.infer<typeof auditAnswersBody>;

export const auditTokenParams = z.object({ token: z.string().regex(/^[A-Za-z0-9_-]{20,64}$/) });

const count = int32.nullable();
export const compiledQuestion = z.object({
  index: int32,
  kind: auditQuestionKind,
  text: z.string(),
  answered: count,
  mean: z.number().nullable(),
  counts: z.array(count).nullable(),
  yes: count,
  no: count,
  texts: z.array(z.string()).nullable(),
});
export const compiledResults = z.object({
  responses: count,
  suppressed: z.boolean(),
  questions: z.array(compiledQuestion),
});
export type CompiledAuditResults = z.infer<typeof compiledResults>;

const report = {
  findings: z.string().nullable(),
  recommendations: z.string().nullable(),
  publishedAt: isoDateTime.nullable(),
  plannedActions: z.string().nullable(),
  respondedAt: isoDateTime.nullable(),
  respondedBy: z.string().nullable(),
};

/** The audit as staff see it: the report and results only once published. */
export const userLedAudit = z.object({
  id: uuid,
  title: z.string(),
  unit: z.object({ id: uuid, name: z.string() }),
  organisationName: z.string(),
  periodFrom: z.string(),
  periodTo: z.string(),
  userOrganisation: z.string(),
  status: userLedAuditStatus,
  commissionedAt: isoDateTime,
  commissionedBy: z.string(),
  auditors: z.array(z.object({ id: uuid, name: z.string() })),
  questions: z.array(auditQuestion),
  results: compiledResults.nullable(),
  ...report,
  mayInvite: z.boolean(),
  mayRespond: z.boolean(),
});
export type UserLedAudit = z.infer<typeof userLedAudit>;

export const auditorInvitation = z.object({
  auditor: z.object({ id: uuid, name: z.string() }),
  token: z.string(),
  /** The auditor's own team link: shown once, kept only as a hash. */
  path: z.string(),
});
export type AuditorInvitation = z.infer<typeof auditorInvitation>;

/** The audit as its team sees it through a team link. */
export const auditTeamView = z.object({
  title: z.string(),
  unitName: z.string(),
  periodFrom: z.string(),
  periodTo: z.string(),
  userOrganisation: z.string(),
  status: userLedAuditStatus,
  auditorName: z.string(),
  questions: z.array(auditQuestion),
  /** Answers received so far, while collecting (the team enters some itself). */
  received: int32.nullable(),
  results: compiledResults.nullable(),
  ...report,
});
export type AuditTeamView = z.infer<typeof auditTeamView>;

export const auditAnswerLinks = z.object({
  links: z.array(z.object({ token: z.string(), path: z.string() })),
});
export type AuditAnswerLinks = z.infer<typeof auditAnswerLinks>;

/** What the answering phone shows. */
export const publicAudit = z.object({
  title: z.string(),
  unitName: z.string(),
  userOrganisation: z.string(),
  questions: z.array(auditQuestion),
});
export type PublicAudit = z.infer<typeof publicAudit>;
