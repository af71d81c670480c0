import { createHash } from 'node:crypto';
import type pg from 'pg';

/** Statements kept prepared per connection; past this, new ones run unnamed. */
const MAX_PREPARED_PER_CONNECTION = 500;

/**
 * Kysely sends every query unnamed, so PostgreSQL plans each one again on every request. Naming
 * a statement by the hash of its text lets each connection plan it once and reuse the plan —
 * the benchmark's second-largest cost (docs/benchmarks.md). Capped, because queries built with
 * varying IN-lists would otherwise fill a connection with one-off statements.
 */
export function prepareStatements(pool: pg.Pool): void {
  pool.on('connect', (client) => {
    const prepared = new Set<string>();
    const query = client.query.bind(client) as (...args: unknown[]) => unknown;
    (client as unknown as { query: (...args: unknown[]) => unknown }).query = (
      ...args: unknown[]
    ) => {
      const [text, values] = args;
      if (typeof text === 'string' && Array.isArray(values) && values.length > 0) {
        const name = `k${createHash('sha1').update(text).digest('hex').slice(0, 24)}`;
        if (prepared.has(name) || prepared.size < MAX_PREPARED_PER_CONNECTION) {
          prepared.add(name);
          return query({ name, text, values });
        }
      }
      return query(...args);
    };
  });
}
