import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import {
  auditAnswerLinks,
  auditAnswersBody,
  auditLinksBody,
  auditorInvitation,
  auditQuestionsBody,
  auditReportBody,
  auditTeamView,
  auditTokenParams,
  commissionAuditBody,
  idParams,
  inviteAuditorBody,
  listOf,
  publicAudit,
  respondAuditBody,
  userLedAudit,
} from '@vardflata/contracts';
import { callerOf } from '../../auth/auth.plugin.ts';
import type { Db } from '../../db/database.ts';
import { submitAnswer } from './use-cases/answer.ts';
import { closeCollection } from './use-cases/close-collection.ts';
import { commissionAudit } from './use-cases/commission.ts';
import { enterPaperAnswer } from './use-cases/enter-paper-answer.ts';
import { inviteAuditor } from './use-cases/invite-auditor.ts';
import { makeAnswerLinks } from './use-cases/make-answer-links.ts';
import { openCollection } from './use-cases/open-collection.ts';
import { openAnswerPage } from './use-cases/public-read.ts';
import { publishReport } from './use-cases/publish.ts';
import { getAudit } from './use-cases/get-audit.ts';
import { listAudits } from './use-cases/list-audits.ts';
import { respondToAudit } from './use-cases/respond.ts';
import { teamView } from './use-cases/team-read.ts';
import { writeQuestions } from './use-cases/write-questions.ts';
import { writeReport } from './use-cases/write-report.ts';

/**
 * User-led audits (brukarrevision, decision 0019-c): draft → collecting → compiling →
 * published → answered. Staff routes need sign-in; the team's routes take the auditor's team
 * link and the answer routes a one-time answer link instead (no account, no person data).
 */
export function userLedAuditsRoutes(app: FastifyInstance, db: Db) {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const tags = ['user-led-audits'];
  const base = '/api/user-led-audits';
  const team = `${base}/team/:token`;
  const publicRoute = { access: 'public' as const };

  r.get(
    base,
    {
      schema: {
        tags,
        summary: 'The audits the caller sees',
        response: { 200: listOf(userLedAudit) },
      },
    },
    async (request) => ({ items: await listAudits(db, callerOf(request)) }),
  );
  r.post(
    base,
    {
      schema: {
        tags,
        summary: 'Commissions a user-led audit of a unit for a period (a draft)',
        body: commissionAuditBody,
        response: { 201: userLedAudit },
      },
    },
    async (request, reply) =>
      reply.code(201).send(await commissionAudit(db, callerOf(request), request.body)),
  );
  r.get(
    `${base}/:id`,
    { schema: { tags, summary: 'One audit', params: idParams, response: { 200: userLedAudit } } },
    async (request) => getAudit(db, callerOf(request), request.params.id),
  );
  r.post(
    `${base}/:id/auditors`,
    {
      schema: {
        tags,
        summary: 'Invites a user auditor: their personal team link, shown once',
        params: idParams,
        body: inviteAuditorBody,
        response: { 201: auditorInvitation },
      },
    },
    async (request, reply) =>
      reply
        .code(201)
        .send(await inviteAuditor(db, callerOf(request), request.params.id, request.body)),
  );
  r.post(
    `${base}/:id/response`,
    {
      schema: {
        tags,
        summary: 'The unit manager answers the published report with what they will do',
        params: idParams,
        body: respondAuditBody,
        response: { 200: userLedAudit },
      },
    },
    async (request) => respondToAudit(db, callerOf(request), request.params.id, request.body),
  );

  // The team, through an auditor's team link.
  const teamSchema = { tags, params: auditTokenParams, response: { 200: auditTeamView } };
  r.get(
    team,
    { config: publicRoute, schema: { ...teamSchema, summary: 'The audit as its team sees it' } },
    async (request) => teamView(db, request.params.token),
  );
  r.put(
    `${team}/questions`,
    {
      config: publicRoute,
      schema: { ...teamSchema, summary: 'The team writes its questions', body: auditQuestionsBody },
    },
    async (request) => writeQuestions(db, request.params.token, request.body),
  );
  r.post(
    `${team}/open`,
    { config: publicRoute, schema: { ...teamSchema, summary: 'Opens collection' } },
    async (request) => openCollection(db, request.params.token),
  );
  r.post(
    `${team}/links`,
    {
      config: publicRoute,
      schema: {
        tags,
        summary: 'One-time answer links to hand out',
        params: auditTokenParams,
        body: auditLinksBody,
        response: { 201: auditAnswerLinks },
      },
    },
    async (request, reply) =>
      reply.code(201).send(await makeAnswerLinks(db, request.params.token, request.body.count)),
  );
  r.post(
    `${team}/paper-answers`,
    {
      config: publicRoute,
      schema: {
        tags,
        summary: 'Enters the answers of a paper interview',
        params: auditTokenParams,
        body: auditAnswersBody,
        response: { 201: auditTeamView },
      },
    },
    async (request, reply) =>
      reply.code(201).send(await enterPaperAnswer(db, request.params.token, request.body)),
  );
  r.post(
    `${team}/close`,
    { config: publicRoute, schema: { ...teamSchema, summary: 'Closes collection' } },
    async (request) => closeCollection(db, request.params.token),
  );
  r.put(
    `${team}/report`,
    {
      config: publicRoute,
      schema: {
        ...teamSchema,
        summary: 'Saves findings and recommendations',
        body: auditReportBody,
      },
    },
    async (request) => writeReport(db, request.params.token, request.body),
  );
  r.post(
    `${team}/publish`,
    { config: publicRoute, schema: { ...teamSchema, summary: 'Publishes the report to the unit' } },
    async (request) => publishReport(db, request.params.token),
  );

  // The people asked, through a one-time answer link.
  r.get(
    `${base}/answer/:token`,
    {
      config: publicRoute,
      schema: {
        tags,
        summary: 'The questions behind a one-time answer link (no sign-in)',
        params: auditTokenParams,
        response: { 200: publicAudit },
      },
    },
    async (request) => openAnswerPage(db, request.params.token),
  );
  r.post(
    `${base}/answer/:token`,
    {
      config: publicRoute,
      schema: {
        tags,
        summary: 'Answers once (no sign-in); the link is used up',
        params: auditTokenParams,
        body: auditAnswersBody,
      },
    },
    async (request, reply) =>
      reply.code(201).send(await submitAnswer(db, request.params.token, request.body)),
  );
}
