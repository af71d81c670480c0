export * from './common.ts';
export * from './auth.ts';
export * from './organisations.ts';
export * from './persons.ts';
export * from './consents.ts';
export * from './access-log.ts';
export * from './sip.ts';
export * from './screenings.ts';
// Truth on screen: self-fill and the start page's persons
export * from './self-fill.ts';
export * from './caseload.ts';
// followup: indicators (F9)
export * from './indicators.ts';
export * from './research.ts';
// platform: OpenID Connect, FHIR, retention
export * from './oidc.ts';
export * from './fhir.ts';
export * from './retention.ts';
