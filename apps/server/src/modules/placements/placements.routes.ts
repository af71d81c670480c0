import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import {
  createHandoverBody,
  createPlacementBody,
  dischargeMeetingBody,
  endPlacementBody,
  followUpReportBody,
  handover,
  idParams,
  listOf,
  medicationChangeBody,
  placement,
  placementEventIdParams,
} from '@vardflata/contracts';
import { callerOf } from '../../auth/auth.plugin.ts';
import type { Db } from '../../db/database.ts';
import { bookDischargeMeeting } from './use-cases/book-discharge-meeting.ts';
import { confirmMedicationChange } from './use-cases/confirm-medication-change.ts';
import { endPlacement } from './use-cases/end-placement.ts';
import { recordFollowUpReport } from './use-cases/record-follow-up-report.ts';
import { recordMedicationChange } from './use-cases/record-medication-change.ts';
import { acceptHandover } from './use-cases/accept-handover.ts';
import { handOver } from './use-cases/hand-over.ts';
import { placeAtHvb } from './use-cases/place.ts';
import { getPlacement } from './use-cases/get-placement.ts';
import { listPersonPlacements } from './use-cases/list-person-placements.ts';

/** HVB placements and hand-overs of treatment responsibility (seed 000, decision 0014-b). */
export function placementsRoutes(app: FastifyInstance, db: Db) {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const tags = ['placements'];
  const one = { 200: placement };

  r.post(
    '/api/persons/:id/placements',
    { schema: { tags, params: idParams, body: createPlacementBody, response: { 201: placement } } },
    async (request, reply) =>
      reply
        .status(201)
        .send(await placeAtHvb(db, callerOf(request), request.params.id, request.body)),
  );
  r.get(
    '/api/persons/:id/placements',
    { schema: { tags, params: idParams, response: { 200: listOf(placement) } } },
    async (request) => ({
      items: await listPersonPlacements(db, callerOf(request), request.params.id),
    }),
  );
  r.get('/api/placements/:id', { schema: { tags, params: idParams, response: one } }, (request) =>
    getPlacement(db, callerOf(request), request.params.id),
  );
  r.post(
    '/api/placements/:id/medication-changes',
    { schema: { tags, params: idParams, body: medicationChangeBody, response: one } },
    (request) => recordMedicationChange(db, callerOf(request), request.params.id, request.body),
  );
  r.post(
    '/api/placements/:id/medication-changes/:eventId/confirm',
    { schema: { tags, params: placementEventIdParams, response: one } },
    (request) =>
      confirmMedicationChange(db, callerOf(request), request.params.id, request.params.eventId),
  );
  r.post(
    '/api/placements/:id/follow-up-reports',
    { schema: { tags, params: idParams, body: followUpReportBody, response: one } },
    (request) => recordFollowUpReport(db, callerOf(request), request.params.id, request.body),
  );
  r.post(
    '/api/placements/:id/discharge-meeting',
    { schema: { tags, params: idParams, body: dischargeMeetingBody, response: one } },
    (request) => bookDischargeMeeting(db, callerOf(request), request.params.id, request.body),
  );
  r.post(
    '/api/placements/:id/end',
    { schema: { tags, params: idParams, body: endPlacementBody, response: one } },
    (request) => endPlacement(db, callerOf(request), request.params.id, request.body),
  );

  r.post(
    '/api/persons/:id/handovers',
    { schema: { tags, params: idParams, body: createHandoverBody, response: { 201: handover } } },
    async (request, reply) =>
      reply
        .status(201)
        .send(await handOver(db, callerOf(request), request.params.id, request.body)),
  );
  r.post(
    '/api/handovers/:id/accept',
    { schema: { tags, params: idParams, response: { 200: handover } } },
    (request) => acceptHandover(db, callerOf(request), request.params.id),
  );
}
