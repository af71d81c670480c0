import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { INSTRUMENTS, questionnaire } from '@vardflata/domain';
import {
  assessment,
  assessmentsQuery,
  asiComparison,
  createAsiBody,
  createCriteriaBody,
  createDrugTestBody,
  createLifestyleBody,
  createScreeningBody,
  createViolenceQuestionBody,
  idParams,
  listOf,
  screening,
  timelineEntry,
} from '@vardflata/contracts';
import { callerOf } from '../../auth/auth.plugin.ts';
import type { Db } from '../../db/database.ts';
import { notFound } from '../../http/problem.ts';
import * as rules from './assessment-rules.ts';
import * as service from './screenings.service.ts';

/** Canonical base of our FHIR resources' URLs. */
const FHIR_BASE = 'https://vardflata.se/fhir';
const fhirResource = z.record(z.string(), z.unknown());

export function screeningsRoutes(app: FastifyInstance, db: Db) {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const tags = ['screenings'];

  r.post(
    '/api/persons/:id/screenings',
    { schema: { tags, params: idParams, body: createScreeningBody, response: { 201: screening } } },
    async (request, reply) =>
      reply
        .status(201)
        .send(
          await service.recordScreening(db, callerOf(request), request.params.id, request.body),
        ),
  );

  r.get(
    '/api/persons/:id/screenings',
    { schema: { tags, params: idParams, response: { 200: listOf(screening) } } },
    async (request) => ({
      items: await service.listScreenings(db, callerOf(request), request.params.id),
    }),
  );

  r.post(
    '/api/persons/:id/asi',
    { schema: { tags, params: idParams, body: createAsiBody, response: { 201: assessment } } },
    async (request, reply) => {
      const caller = callerOf(request);
      const { id } = request.params;
      const body = request.body;
      // An Uppföljning must follow one of this person's visible Grund interviews.
      const grund =
        body.form === 'uppfoljning' && body.grundId
          ? await service.requireAsiGrund(db, caller, id, body.grundId)
          : null;
      const created = await service.recordAssessment(
        db,
        caller,
        id,
        'asi',
        { value: body.interviewedOn, field: 'interviewedOn' },
        () => rules.asiOutcome({ ...body, interviewer: body.interviewer ?? caller.name }),
        grund?.assessment.id,
      );
      return reply.status(201).send(created);
    },
  );

  r.post(
    '/api/persons/:id/criteria',
    { schema: { tags, params: idParams, body: createCriteriaBody, response: { 201: assessment } } },
    async (request, reply) => {
      const body = request.body;
      const created = await service.recordAssessment(
        db,
        callerOf(request),
        request.params.id,
        'criteria',
        { value: body.assessedOn, field: 'assessedOn' },
        ({ history }) => {
          // DSM-IV abuse is assessed only if dependence was never met for the class.
          const dependenceEverMet = history.some(({ assessment: a }) => {
            const data = a.data as { checklist?: string; substanceClass?: string };
            const result = a.result as { dependence?: { met?: boolean } };
            return (
              data.checklist === 'dsm4' &&
              data.substanceClass === body.substanceClass &&
              result.dependence?.met === true
            );
          });
          // What the client knows from outside the system counts too.
          return rules.criteriaOutcome(body, dependenceEverMet || body.dependenceEverMet === true);
        },
      );
      return reply.status(201).send(created);
    },
  );

  r.post(
    '/api/persons/:id/drug-tests',
    { schema: { tags, params: idParams, body: createDrugTestBody, response: { 201: assessment } } },
    async (request, reply) => {
      const caller = callerOf(request);
      const created = await service.recordAssessment(
        db,
        caller,
        request.params.id,
        'drug-test',
        { value: request.body.sampledOn, field: 'sampledOn' },
        () =>
          rules.drugTestOutcome(request.body, {
            staffName: caller.name,
            principal: caller.organisationKind,
          }),
      );
      return reply.status(201).send(created);
    },
  );

  r.post(
    '/api/persons/:id/violence-questions',
    {
      schema: {
        tags,
        params: idParams,
        body: createViolenceQuestionBody,
        response: { 201: assessment },
      },
    },
    async (request, reply) =>
      reply
        .status(201)
        .send(
          await service.recordAssessment(
            db,
            callerOf(request),
            request.params.id,
            'violence',
            { value: request.body.askedOn, field: 'askedOn' },
            () => rules.violenceOutcome(request.body),
          ),
        ),
  );

  r.post(
    '/api/persons/:id/lifestyle-questions',
    {
      schema: { tags, params: idParams, body: createLifestyleBody, response: { 201: assessment } },
    },
    async (request, reply) =>
      reply
        .status(201)
        .send(
          await service.recordAssessment(
            db,
            callerOf(request),
            request.params.id,
            'lifestyle',
            { value: request.body.askedOn, field: 'askedOn' },
            () => rules.lifestyleOutcome(request.body),
          ),
        ),
  );

  r.get(
    '/api/persons/:id/assessments',
    {
      schema: {
        tags,
        params: idParams,
        querystring: assessmentsQuery,
        response: { 200: listOf(assessment) },
      },
    },
    async (request) => ({
      items: await service.listAssessments(
        db,
        callerOf(request),
        request.params.id,
        request.query.kind,
      ),
    }),
  );

  r.get(
    '/api/persons/:id/asi-comparisons',
    { schema: { tags, params: idParams, response: { 200: listOf(asiComparison) } } },
    async (request) => ({
      items: await service.asiComparisons(db, callerOf(request), request.params.id),
    }),
  );

  r.get(
    '/api/persons/:id/timeline',
    { schema: { tags, params: idParams, response: { 200: listOf(timelineEntry) } } },
    async (request) => ({
      items: await service.timeline(db, callerOf(request), request.params.id),
    }),
  );

  // FHIR R4, read-only. The questionnaires hold no personal data and are public.
  r.get(
    '/api/fhir/Questionnaire/:name',
    {
      config: { access: 'public' },
      schema: {
        tags: ['fhir'],
        params: z.object({ name: z.enum(['audit', 'dudit']) }),
        response: { 200: fhirResource },
      },
    },
    async (request, reply) => {
      const definition = INSTRUMENTS[request.params.name.toUpperCase() as 'AUDIT' | 'DUDIT'];
      if (!definition) throw notFound();
      reply.type('application/fhir+json');
      return questionnaire(definition, { baseUrl: FHIR_BASE }) as unknown as Record<
        string,
        unknown
      >;
    },
  );

  r.get(
    '/api/fhir/QuestionnaireResponse/:id',
    { schema: { tags: ['fhir'], params: idParams, response: { 200: fhirResource } } },
    async (request, reply) => {
      const resource = await service.fhirQuestionnaireResponse(
        db,
        callerOf(request),
        request.params.id,
        FHIR_BASE,
      );
      reply.type('application/fhir+json');
      return resource as unknown as Record<string, unknown>;
    },
  );
}
