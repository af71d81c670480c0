import fs from 'node:fs';
import Fastify, { type FastifyInstance } from 'fastify';
import cookie from '@fastify/cookie';
import fastifyStatic from '@fastify/static';
import swagger from '@fastify/swagger';
import swaggerUi from '@fastify/swagger-ui';
import {
  jsonSchemaTransform,
  serializerCompiler,
  validatorCompiler,
} from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { Config } from './config.ts';
import type { Db } from './db/database.ts';
import { defaultAccess, registerAuth } from './auth/auth.plugin.ts';
import { authRoutes } from './auth/auth.routes.ts';
import { registerRefusalLog } from './audit/refusals.ts';
import { registerErrorHandler } from './http/error-handler.ts';
import { registerJsonBody } from './http/json-body.ts';
import { registerRejectNul } from './http/reject-nul.ts';
import { registerSecurityHeaders } from './http/security-headers.ts';
import { registerNoSourceMaps } from './http/source-maps.ts';
import { accessLogRoutes } from './modules/access-log/access-log.routes.ts';
import { consentsRoutes } from './modules/consents/consents.routes.ts';
import { emergencyAccessRoutes } from './modules/emergency-access/emergency-access.routes.ts';
import { organisationsRoutes } from './modules/organisations/organisations.routes.ts';
import { integratedReceptionsRoutes } from './modules/integrated-receptions/integrated-receptions.routes.ts';
import { notificationsRoutes } from './modules/notifications/notifications.routes.ts';
import { identityRoutes } from './modules/identity/identity.routes.ts';
import { personsRoutes } from './modules/persons/persons.routes.ts';
import { sipRoutes } from './modules/sip/sip.routes.ts';
import { screeningsRoutes } from './modules/screenings/screenings.routes.ts';
import { staffRoutes } from './modules/staff/staff.routes.ts';
import { worklistRoutes } from './modules/worklist/worklist.routes.ts';
// Truth on screen
import { selfFillRoutes } from './modules/self-fill/self-fill.routes.ts';
import { caseloadRoutes } from './modules/caseload/caseload.routes.ts';
// followup: indicators (F9)
import { indicatorsRoutes } from './modules/indicators/indicators.routes.ts';
import { researchRoutes } from './modules/research/research.routes.ts';
import { needsPictureRoutes } from './modules/needs-picture/needs-picture.routes.ts';
// gov: governance and support
import { deviationsRoutes } from './modules/deviations/deviations.routes.ts';
import { disputesRoutes } from './modules/disputes/disputes.routes.ts';
import { agreementsRoutes } from './modules/agreements/agreements.routes.ts';
import { followUpsRoutes } from './modules/agreements/follow-ups.routes.ts';
import { publicServicesRoutes } from './modules/public-services/public-services.routes.ts';
// platform: OpenID Connect, FHIR, retention
import { oidcRoutes } from './auth/oidc/oidc.routes.ts';
import { fhirRoutes } from './modules/fhir/fhir.routes.ts';
import { retentionRoutes } from './modules/retention/retention.routes.ts';
// care: care chains
import { withdrawalRoutes } from './modules/withdrawal/withdrawal.routes.ts';
import { placementsRoutes } from './modules/placements/placements.routes.ts';
import { disclosuresRoutes } from './modules/disclosures/disclosures.routes.ts';
import { lobRoutes } from './modules/lob/lob.routes.ts';
// carecircle: care chains (issue 9, records half)
import { interventionsRoutes } from './modules/interventions/interventions.routes.ts';
import { careWorklistRoutes } from './modules/care-worklist/care-worklist.routes.ts';
import { referralsRoutes } from './modules/referrals/referrals.routes.ts';
import { circleRoutes } from './modules/circle/circle.routes.ts';
import { caseManagementRoutes } from './modules/case-management/case-management.routes.ts';
import { coerciveCareRoutes } from './modules/coercive-care/coercive-care.routes.ts';
import { contactsRoutes } from './modules/contacts/contacts.routes.ts';
// followup: client surveys (F10)
import { userLedAuditsRoutes } from './modules/user-led-audits/user-led-audits.routes.ts';
import { surveysRoutes } from './modules/surveys/surveys.routes.ts';
// gov: bodies and competence
import { bodiesRoutes } from './modules/collaboration-bodies/bodies.routes.ts';
import { jointFinancingRoutes } from './modules/joint-financing/joint-financing.routes.ts';
import { competenceRoutes } from './modules/competence/competence.routes.ts';

export const VERSION = '0.1.0';

export interface AppOptions {
  config: Config;
  db: Db;
  /** Called for every route as it is registered (the authorisation table test uses it). */
  onRoute?: (route: { method: string; url: string; access: string }) => void;
}

/** The Fastify instance with every plugin and route; the caller decides when to listen. */
export async function buildApp({ config, db, onRoute }: AppOptions): Promise<FastifyInstance> {
  if (config.productionMode && config.includeTestData) {
    throw new Error('Invalid configuration: test persons never count in production mode');
  }
  const app = Fastify({
    logger: config.logLevel === 'silent' ? false : { level: config.logLevel },
    trustProxy: config.productionMode,
    bodyLimit: 1024 * 1024,
    // Direct TLS when configured; the instance is used the same way either way.
    ...(config.tls
      ? {
          https: {
            cert: fs.readFileSync(config.tls.certFile),
            key: fs.readFileSync(config.tls.keyFile),
          },
        }
      : {}),
  }) as unknown as FastifyInstance;
  app.setValidatorCompiler(validatorCompiler);
  app.setSerializerCompiler(serializerCompiler);

  if (onRoute) {
    app.addHook('onRoute', (route) => {
      const methods = Array.isArray(route.method) ? route.method : [route.method];
      for (const method of methods) {
        if (method === 'HEAD') continue;
        onRoute({
          method,
          url: route.url,
          access: route.config?.access ?? defaultAccess(route.url, config.productionMode),
        });
      }
    });
  }

  await app.register(cookie);
  await app.register(swagger, {
    openapi: {
      info: {
        title: 'Vårdfläta API',
        version: VERSION,
        description: 'The shared work platform for substance-use and addiction care.',
      },
      components: {
        securitySchemes: {
          session: { type: 'apiKey', in: 'cookie', name: 'vf_session' },
          csrf: { type: 'apiKey', in: 'header', name: 'X-CSRF-Token' },
        },
      },
    },
    transform: jsonSchemaTransform,
  });
  await app.register(swaggerUi, { routePrefix: '/api/docs' });

  registerSecurityHeaders(app);
  registerNoSourceMaps(app, config.productionMode);
  registerErrorHandler(app, fs.existsSync(config.webDistDir) ? 'index.html' : null);
  registerAuth(app, db, config);
  registerRefusalLog(app, db);
  registerJsonBody(app);
  registerRejectNul(app);

  app.withTypeProvider().get(
    '/api/health',
    {
      config: { access: 'public' },
      schema: { tags: ['health'], response: { 200: z.object({ status: z.literal('ok') }) } },
    },
    async () => {
      await db.selectNoFrom((eb) => eb.val(1).as('one')).execute();
      return { status: 'ok' as const };
    },
  );
  authRoutes(app, db, config, VERSION);
  organisationsRoutes(app, db);
  integratedReceptionsRoutes(app, db);
  staffRoutes(app, db, config);
  personsRoutes(app, db);
  // identity: reserve numbers and merging identities (0019-b)
  identityRoutes(app, db);
  consentsRoutes(app, db);
  emergencyAccessRoutes(app, db, config);
  accessLogRoutes(app, db);
  sipRoutes(app, db, config);
  worklistRoutes(app, db);
  notificationsRoutes(app, db);
  screeningsRoutes(app, db);
  // Truth on screen
  selfFillRoutes(app, db);
  caseloadRoutes(app, db);
  // followup: indicators (F9)
  // Test persons count in follow-up outside production mode only (0020-d).
  const followUp = { includeTestData: config.includeTestData };
  indicatorsRoutes(app, db, followUp);
  researchRoutes(app, db);
  needsPictureRoutes(app, db, followUp);
  // gov: governance and support
  deviationsRoutes(app, db);
  disputesRoutes(app, db);
  agreementsRoutes(app, db);
  followUpsRoutes(app, db);
  publicServicesRoutes(app, db);
  // platform:
  oidcRoutes(app, db, config);
  fhirRoutes(app, db, VERSION);
  retentionRoutes(app, db, config);
  // care: care chains
  withdrawalRoutes(app, db);
  placementsRoutes(app, db);
  disclosuresRoutes(app, db);
  lobRoutes(app, db);
  // carecircle: care chains
  interventionsRoutes(app, db);
  careWorklistRoutes(app, db);
  referralsRoutes(app, db);
  circleRoutes(app, db);
  caseManagementRoutes(app, db);
  coerciveCareRoutes(app, db);
  // contacts: visits and contacts (0020-c)
  contactsRoutes(app, db);
  // followup: client surveys (F10)
  surveysRoutes(app, db);
  // gov: bodies and competence
  bodiesRoutes(app, db);
  competenceRoutes(app, db);
  // audits: user-led audits (brukarrevision)
  userLedAuditsRoutes(app, db);
  // gov: joint financing (F18)
  jointFinancingRoutes(app, db);

  if (fs.existsSync(config.webDistDir)) {
    // wildcard: files are looked up per request, so a rebuilt web app is served without a
    // restart; a missing file falls through to the not-found handler (the SPA's index.html).
    await app.register(fastifyStatic, { root: config.webDistDir, wildcard: true });
  }
  return app;
}
