import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import {
  coerciveCareProcess,
  coerciveCareStepParams,
  idParams,
  listOf,
  openCoerciveCareProcess,
  recordCoerciveCareStepBody,
  startCoerciveCareBody,
} from '@vardflata/contracts';
import { callerOf } from '../../auth/auth.plugin.ts';
import type { Db } from '../../db/database.ts';
import { listOpenProcesses } from './use-cases/list-open-processes.ts';
import { listProcesses } from './use-cases/list-processes.ts';
import { readProcess } from './use-cases/read-process.ts';
import { recordStep } from './use-cases/record-step.ts';
import { startProcess } from './use-cases/start.ts';

/** The LVM/LVU process checklist (lathund) per person (decision 0019-a). */
export function coerciveCareRoutes(app: FastifyInstance, db: Db) {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const tags = ['coercive-care'];

  r.post(
    '/api/persons/:id/coercive-care',
    {
      schema: {
        tags,
        summary: 'Start an LVM or LVU process for the person (social services)',
        params: idParams,
        body: startCoerciveCareBody,
        response: { 201: coerciveCareProcess },
      },
    },
    async (request, reply) =>
      reply
        .status(201)
        .send(await startProcess(db, callerOf(request), request.params.id, request.body)),
  );

  r.get(
    '/api/persons/:id/coercive-care',
    {
      schema: {
        tags,
        summary: 'The person’s LVM/LVU processes the caller may see, with due dates',
        params: idParams,
        response: { 200: listOf(coerciveCareProcess) },
      },
    },
    async (request) => ({ items: await listProcesses(db, callerOf(request), request.params.id) }),
  );

  r.get(
    '/api/coercive-care/open',
    {
      schema: {
        tags,
        summary: 'The open LVM/LVU processes of the caller’s unit',
        response: { 200: listOf(openCoerciveCareProcess) },
      },
    },
    async (request) => ({ items: await listOpenProcesses(db, callerOf(request)) }),
  );

  r.get(
    '/api/coercive-care/:id',
    { schema: { tags, params: idParams, response: { 200: coerciveCareProcess } } },
    async (request) => readProcess(db, callerOf(request), request.params.id),
  );

  r.post(
    '/api/coercive-care/:id/steps/:step',
    {
      schema: {
        tags,
        summary: 'Record a step of the checklist as done',
        params: coerciveCareStepParams,
        body: recordCoerciveCareStepBody,
        response: { 200: coerciveCareProcess },
      },
    },
    async (request) =>
      recordStep(db, callerOf(request), request.params.id, request.params.step, request.body),
  );
}
