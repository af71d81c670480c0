import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import {
  publicSurvey,
  surveyAnswersBody,
  surveyInvitation,
  surveyInvitationBody,
  surveyResults,
  surveyResultsQuery,
  surveyTokenParams,
} from '@vardflata/contracts';
import { callerOf } from '../../auth/auth.plugin.ts';
import type { Db } from '../../db/database.ts';
import { requireIndicatorReader } from '../indicators/indicators.policy.ts';
import { requireSurveyInviter } from './surveys.policy.ts';
import { answerSurvey } from './use-cases/answer-survey.ts';
import { inviteToSurvey } from './use-cases/invite-to-survey.ts';
import { openSurvey } from './use-cases/open-survey.ts';
import { surveyResults as results } from './use-cases/survey-results.ts';

const tags = ['surveys'];

export function surveysRoutes(app: FastifyInstance, db: Db) {
  const r = app.withTypeProvider<ZodTypeProvider>();

  r.post(
    '/api/surveys/invitations',
    {
      schema: {
        tags,
        summary: 'A one-time survey link for a client (UIV or UIV-EB); no person is stored',
        body: surveyInvitationBody,
        response: { 201: surveyInvitation },
      },
    },
    async (request, reply) => {
      const caller = callerOf(request);
      requireSurveyInviter(caller);
      return reply.code(201).send(await inviteToSurvey(db, caller, request.body.kind));
    },
  );

  r.get(
    '/api/public/surveys/:token',
    {
      config: { access: 'public' },
      schema: {
        tags,
        summary: 'The survey behind a one-time link (no sign-in)',
        params: surveyTokenParams,
        response: { 200: publicSurvey },
      },
    },
    async (request) => openSurvey(db, request.params.token),
  );

  r.post(
    '/api/public/surveys/:token/answers',
    {
      config: { access: 'public' },
      schema: {
        tags,
        summary: 'Answers a survey once (no sign-in); the link is used up',
        params: surveyTokenParams,
        body: surveyAnswersBody,
      },
    },
    async (request, reply) =>
      reply.code(201).send(await answerSurvey(db, request.params.token, request.body.answers)),
  );

  r.get(
    '/api/surveys/results',
    {
      schema: {
        tags,
        summary: 'Survey results per question for a period (and unit), small counts hidden',
        querystring: surveyResultsQuery,
        response: { 200: surveyResults },
      },
    },
    async (request) => {
      requireIndicatorReader(callerOf(request));
      return results(db, request.query);
    },
  );
}
