import type { FastifyError, FastifyInstance } from 'fastify';
import { hasZodFastifySchemaValidationErrors } from 'fastify-type-provider-zod';
import { formatPath, HttpProblem, type FieldError } from './problem.ts';

const PROBLEM_TYPE = 'application/problem+json; charset=utf-8';

/** Every error leaves as problem details; internal errors never leak their message. */
export function registerErrorHandler(app: FastifyInstance, spaIndex: string | null): void {
  app.setErrorHandler((error: FastifyError, request, reply) => {
    let problem: HttpProblem;
    if (error instanceof HttpProblem) {
      problem = error;
    } else if (hasZodFastifySchemaValidationErrors(error)) {
      const where = error.validationContext ?? 'body';
      const errors: FieldError[] = error.validation.map((v) => {
        const segments = v.instancePath.split('/').filter(Boolean);
        const path = segments.length ? formatPath(segments) : where;
        return { path, message: v.message ?? 'invalid' };
      });
      problem = new HttpProblem(400, `Invalid ${where}: ${errors.map((e) => e.path).join(', ')}`, {
        errors,
      });
    } else if (error.statusCode && error.statusCode >= 400 && error.statusCode < 500) {
      // Fastify's own client errors: malformed JSON, wrong content type, body too large.
      problem = new HttpProblem(error.statusCode, error.message, {
        errors: [{ path: 'body', message: error.message }],
      });
    } else {
      request.log.error({ err: error }, 'unhandled error');
      problem = new HttpProblem(500, 'Something went wrong. Nothing was saved.');
    }
    if (problem.extra.retryAfterSeconds) {
      void reply.header('retry-after', String(problem.extra.retryAfterSeconds));
    }
    return reply.status(problem.status).type(PROBLEM_TYPE).send(problem.toBody());
  });

  app.setNotFoundHandler((request, reply) => {
    // The single-page app owns every non-API GET path (deep links, reloads).
    if (spaIndex && request.method === 'GET' && !request.url.startsWith('/api/')) {
      return reply.type('text/html').sendFile(spaIndex);
    }
    const problem = new HttpProblem(404, `No route ${request.method} ${request.url.split('?')[0]}`);
    return reply.status(404).type(PROBLEM_TYPE).send(problem.toBody());
  });
}
