import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import {
  answerReferralBody,
  createReferralBody,
  idParams,
  listOf,
  referral,
  referralsQuery,
} from '@vardflata/contracts';
import { callerOf } from '../../auth/auth.plugin.ts';
import type { Db } from '../../db/database.ts';
import { answerReferral } from './use-cases/answer.ts';
import { listPersonReferrals } from './use-cases/list-person-referrals.ts';
import { listUnitReferrals } from './use-cases/list-unit-referrals.ts';
import { readReferral } from './use-cases/read-referral.ts';
import { sendReferral } from './use-cases/send.ts';

/** Referral and consultation between the principals (F6). */
export function referralsRoutes(app: FastifyInstance, db: Db) {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const tags = ['referrals'];

  r.post(
    '/api/persons/:id/referrals',
    {
      schema: {
        tags,
        summary: 'Send a referral or consultation to a unit of another organisation',
        description:
          'Needs a valid consent (information-sharing or sip) naming the receiving ' +
          'organisation, else 422 with missing ["consent"].',
        params: idParams,
        body: createReferralBody,
        response: { 201: referral },
      },
    },
    async (request, reply) =>
      reply
        .status(201)
        .send(await sendReferral(db, callerOf(request), request.params.id, request.body)),
  );

  r.get(
    '/api/persons/:id/referrals',
    { schema: { tags, params: idParams, response: { 200: listOf(referral) } } },
    async (request) => ({
      items: await listPersonReferrals(db, callerOf(request), request.params.id),
    }),
  );

  r.get(
    '/api/referrals',
    {
      schema: {
        tags,
        summary: 'The unit’s incoming or outgoing referrals',
        querystring: referralsQuery,
        response: { 200: listOf(referral) },
      },
    },
    async (request) => ({
      items: await listUnitReferrals(db, callerOf(request), request.query),
    }),
  );

  r.get(
    '/api/referrals/:id',
    { schema: { tags, params: idParams, response: { 200: referral } } },
    async (request) => readReferral(db, callerOf(request), request.params.id),
  );

  r.post(
    '/api/referrals/:id/answer',
    {
      schema: {
        tags,
        summary: 'Answer a referral received by the caller’s unit',
        params: idParams,
        body: answerReferralBody,
        response: { 200: referral },
      },
    },
    async (request) => answerReferral(db, callerOf(request), request.params.id, request.body),
  );
}
