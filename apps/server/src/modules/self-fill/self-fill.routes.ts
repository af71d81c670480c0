import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import {
  endSelfFillBody,
  idParams,
  selfFillAnswersBody,
  selfFillHandback,
  selfFillState,
  startSelfFillBody,
} from '@vardflata/contracts';
import { callerOf } from '../../auth/auth.plugin.ts';
import type { Db } from '../../db/database.ts';
import * as service from './self-fill.service.ts';

/** The session behind a request (the auth hook has resolved it for every non-public route). */
function sessionOf(request: FastifyRequest): service.Session {
  return {
    caller: callerOf(request),
    state: request.sessionState ?? 'active',
    token: request.sessionToken ?? '',
  };
}

export function selfFillRoutes(app: FastifyInstance, db: Db) {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const tags = ['self-fill'];

  r.post(
    '/api/persons/:id/self-fill',
    {
      schema: {
        tags,
        summary: 'Hands the screen to the person for AUDIT or DUDIT; locks the session',
        params: idParams,
        body: startSelfFillBody,
        response: { 201: selfFillState },
      },
    },
    async (request, reply) =>
      reply
        .status(201)
        .send(
          await service.startSelfFill(
            db,
            sessionOf(request),
            request.params.id,
            request.body.instrument,
          ),
        ),
  );

  // The three routes below serve the locked session (its state is not 'active').
  r.get(
    '/api/self-fill',
    {
      config: { access: 'signing-in' },
      schema: {
        tags,
        summary: 'Whether this session is locked for self-fill, and which questionnaire it shows',
        response: { 200: selfFillState },
      },
    },
    async (request) => service.selfFillState(db, sessionOf(request)),
  );

  r.put(
    '/api/self-fill/answers',
    {
      config: { access: 'signing-in' },
      schema: {
        tags,
        summary: 'The person’s answers, kept until the staff member takes the screen back',
        body: selfFillAnswersBody,
        response: { 200: selfFillState },
      },
    },
    async (request) => service.saveSelfFillAnswers(db, sessionOf(request), request.body.answers),
  );

  r.post(
    '/api/self-fill/end',
    {
      config: { access: 'signing-in' },
      schema: {
        tags,
        summary: 'The staff member takes the screen back with her password',
        body: endSelfFillBody,
        response: { 200: selfFillHandback },
      },
    },
    async (request) => service.endSelfFill(db, sessionOf(request), request.body.password),
  );
}
