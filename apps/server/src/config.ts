import path from 'node:path';
import { z } from 'zod';
// platform: OpenID Connect
import { loadOidcSettings, type OidcSettings } from './auth/oidc/oidc.config.ts';

/** Every setting the server reads from the environment, validated once at start. */
const schema = z.object({
  // Not request input: a port, bounded here; the int32 building blocks are for requests.
  // eslint-disable-next-line no-restricted-syntax
  PORT: z.coerce.number().int().min(0).max(65535).default(3000),
  HOST: z.string().default('0.0.0.0'),
  DATA_DIR: z.string().default('./data'),
  DATABASE_URL: z.string().optional(),
  /** production: second factor required for every account, demo accounts refused. */
  VARDFLATA_MODE: z.enum(['demo', 'production']).default('demo'),
  /** Seed the demo county on first start (default: only for the embedded database). */
  SEED_DEMO: z.enum(['true', 'false']).optional(),
  /** Where checkpoints of the access-log chain heads are exported (outside the database). */
  LOG_CHECKPOINT_DIR: z.string().optional(),
  WEB_DIST_DIR: z.string().optional(),
  /** Serve HTTPS directly (PEM files), instead of behind a TLS-terminating proxy. Both or none. */
  TLS_CERT_FILE: z.string().min(1).optional(),
  TLS_KEY_FILE: z.string().min(1).optional(),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
});

export interface Config {
  port: number;
  host: string;
  dataDir: string;
  databaseUrl: string | undefined;
  productionMode: boolean;
  /**
   * Follow-up (indicators, needs picture) counts test persons: only outside production mode,
   * so the embedded demo shows a working county (0020-d). Derived from the mode, never read from
   * the environment; buildApp refuses it together with production mode.
   */
  includeTestData: boolean;
  seedDemo: boolean;
  logCheckpointDir: string;
  webDistDir: string;
  /** PEM certificate chain and key when the server itself speaks TLS; null behind a proxy. */
  tls: { certFile: string; keyFile: string } | null;
  logLevel: string;
  /** Session lifetimes (security.md): 15 minutes idle, 12 hours absolute. */
  sessionIdleSeconds: number;
  sessionAbsoluteSeconds: number;
  emergencyAccessMinutes: number;
  /** Background jobs poll this often; 0 turns the job runner off (tests drive it by hand). */
  jobPollMilliseconds: number;
  // platform: sign-in through the county's identity provider; null when not configured
  oidc: OidcSettings | null;
  /** auth: the clock sign-in throttling and first-sign-in rules read; tests inject a fixed one. */
  clock: () => Date;
}

export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const parsed = schema.safeParse(env);
  if (!parsed.success) {
    const problems = parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`);
    throw new Error(`Invalid configuration: ${problems.join('; ')}`);
  }
  const e = parsed.data;
  if (Boolean(e.TLS_CERT_FILE) !== Boolean(e.TLS_KEY_FILE)) {
    throw new Error('Invalid configuration: set both TLS_CERT_FILE and TLS_KEY_FILE, or neither');
  }
  const dataDir = path.resolve(e.DATA_DIR);
  return {
    port: e.PORT,
    host: e.HOST,
    dataDir,
    databaseUrl: e.DATABASE_URL || undefined,
    productionMode: e.VARDFLATA_MODE === 'production',
    includeTestData: e.VARDFLATA_MODE !== 'production',
    seedDemo: e.SEED_DEMO ? e.SEED_DEMO === 'true' : !e.DATABASE_URL && e.VARDFLATA_MODE === 'demo',
    logCheckpointDir: path.resolve(e.LOG_CHECKPOINT_DIR ?? path.join(dataDir, 'log-checkpoints')),
    webDistDir: path.resolve(e.WEB_DIST_DIR ?? new URL('../../web/dist', import.meta.url).pathname),
    tls:
      e.TLS_CERT_FILE && e.TLS_KEY_FILE
        ? { certFile: path.resolve(e.TLS_CERT_FILE), keyFile: path.resolve(e.TLS_KEY_FILE) }
        : null,
    logLevel: e.LOG_LEVEL,
    sessionIdleSeconds: 15 * 60,
    sessionAbsoluteSeconds: 12 * 60 * 60,
    emergencyAccessMinutes: 4 * 60,
    jobPollMilliseconds: 1000,
    // platform:
    oidc: loadOidcSettings(env, e.VARDFLATA_MODE === 'production'),
    clock: () => new Date(),
  };
}
