import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import {
  attendanceBody,
  coverage as coverageOut,
  coverageQuery,
  idParams,
  listOf,
  planSessionBody,
  sessionRegistrations,
  training,
} from '@vardflata/contracts';
import { callerOf } from '../../auth/auth.plugin.ts';
import type { Db } from '../../db/database.ts';
import { setCoverageSource } from '../agreements/follow-ups.context.ts';
import { coverage } from './use-cases/coverage.ts';
import { listTrainings } from './use-cases/list-trainings.ts';
import { planSession } from './use-cases/plan-session.ts';
import { recordAttendance } from './use-cases/record-attendance.ts';
import { registerSelf } from './use-cases/register-self.ts';
import { listRegistrations } from './use-cases/list-registrations.ts';
import { readCoverage } from './use-cases/read-coverage.ts';

/** Competence (F16): method trainings, sessions, registrations, attendance. */
export function competenceRoutes(app: FastifyInstance, db: Db) {
  // The annual follow-up shows coverage per unit under Kvalitet.
  setCoverageSource(coverage);
  const r = app.withTypeProvider<ZodTypeProvider>();
  const tags = ['competence'];

  r.get(
    '/api/trainings',
    {
      schema: {
        tags,
        summary: 'Method trainings with sessions and the caller’s own',
        response: { 200: listOf(training) },
      },
    },
    async (request) => ({ items: await listTrainings(db, callerOf(request)) }),
  );

  r.post(
    '/api/trainings/:id/sessions',
    {
      schema: {
        tags,
        summary: 'Plans a session',
        params: idParams,
        body: planSessionBody,
        response: { 201: listOf(training) },
      },
    },
    async (request, reply) =>
      reply
        .status(201)
        .send({ items: await planSession(db, callerOf(request), request.params.id, request.body) }),
  );

  r.post(
    '/api/training-sessions/:id/registrations',
    {
      schema: {
        tags,
        summary: 'Registers the caller for a session',
        params: idParams,
        response: { 201: listOf(training) },
      },
    },
    async (request, reply) =>
      reply
        .status(201)
        .send({ items: await registerSelf(db, callerOf(request), request.params.id) }),
  );

  r.post(
    '/api/training-sessions/:id/attendance',
    {
      schema: {
        tags,
        summary: 'Records who attended (they have completed the training)',
        params: idParams,
        body: attendanceBody,
        response: { 200: listOf(training) },
      },
    },
    async (request) => ({
      items: await recordAttendance(db, callerOf(request), request.params.id, request.body),
    }),
  );

  r.get(
    '/api/trainings/coverage',
    {
      schema: {
        tags,
        summary: 'Coverage per unit: active staff and how many completed each training',
        querystring: coverageQuery,
        response: { 200: coverageOut },
      },
    },
    async (request) => readCoverage(db, callerOf(request), request.query.organisationId),
  );

  r.get(
    '/api/training-sessions/:id/registrations',
    {
      schema: {
        tags,
        summary: 'Who registered for a session and who attended',
        params: idParams,
        response: { 200: sessionRegistrations },
      },
    },
    async (request) => listRegistrations(db, callerOf(request), request.params.id),
  );
}
