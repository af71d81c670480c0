import type { FastifyInstance } from 'fastify';

const CSP = [
  "default-src 'self'",
  "img-src 'self' data:",
  "style-src 'self' 'unsafe-inline'",
  "script-src 'self'",
  "connect-src 'self'",
  "frame-ancestors 'none'",
  "base-uri 'none'",
  "form-action 'self'",
].join('; ');

/** One year, the subdomains too: a county's hosts are all served over TLS. */
const HSTS = 'max-age=31536000; includeSubDomains';

/**
 * Headers every answer carries; API answers are never cached (they hold personal data). Over
 * TLS — directly, or behind a proxy whose X-Forwarded-Proto is trusted (production mode) —
 * browsers are told to use nothing but HTTPS from then on (HSTS).
 */
export function registerSecurityHeaders(app: FastifyInstance): void {
  app.addHook('onSend', async (request, reply, payload) => {
    if (request.protocol === 'https') reply.header('strict-transport-security', HSTS);
    reply.header('x-content-type-options', 'nosniff');
    reply.header('x-frame-options', 'DENY');
    reply.header('referrer-policy', 'no-referrer');
    reply.header('cross-origin-opener-policy', 'same-origin');
    if (!request.url.startsWith('/api/docs')) reply.header('content-security-policy', CSP);
    if (request.url.startsWith('/api/')) reply.header('cache-control', 'no-store');
    return payload;
  });
}
