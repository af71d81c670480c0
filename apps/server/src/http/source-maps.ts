import type { FastifyInstance } from 'fastify';
import { notFound } from './problem.ts';

/**
 * Source maps would hand anyone the web app's source with its comments. The Vite build emits
 * none (apps/web/vite.config.ts); in production mode the server also refuses any `.map` path, so
 * a build made with maps for debugging still cannot leak them.
 */
export function registerNoSourceMaps(app: FastifyInstance, productionMode: boolean): void {
  if (!productionMode) return;
  app.addHook('onRequest', async (request) => {
    const raw = request.url.split('?')[0]!;
    let path = raw;
    try {
      path = decodeURIComponent(raw); // `%2Emap` is a map too
    } catch {
      // Not decodable: the static file server will not find it either.
    }
    if (!path.startsWith('/api/') && path.toLowerCase().endsWith('.map')) throw notFound();
  });
}
