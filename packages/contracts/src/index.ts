export * from './common.ts';
export * from './auth.ts';
export * from './organisations.ts';
export * from './integrated-receptions.ts';
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
// gov: governance and support
export * from './deviations.ts';
export * from './disputes.ts';
export * from './agreements.ts';
export * from './public-services.ts';
// platform: OpenID Connect, FHIR, retention
export * from './oidc.ts';
export * from './fhir.ts';
export * from './retention.ts';
// care: care chains (withdrawal beds, placements, disclosures, LOB)
export * from './withdrawal.ts';
export * from './placements.ts';
export * from './disclosures.ts';
export * from './lob.ts';
// carecircle: care chains
export * from './interventions.ts';
// Contacts: visits and contacts (0020-c)
export * from './contacts.ts';
export * from './care-worklist.ts';
export * from './coercive-care.ts';
export * from './referrals.ts';
export * from './circle.ts';
export * from './case-management.ts';
// followup: client surveys (F10)
export * from './surveys.ts';
// gov: bodies and competence
export * from './bodies.ts';
export * from './competence.ts';
// audits: user-led audits (brukarrevision)
export * from './user-led-audits.ts';
// identity: reserve numbers and merging identities (0019-b)
export * from './identity.ts';
// gov: joint financing (F18)
export * from './joint-financing.ts';
// followup: the needs picture (F11)
export * from './needs-picture.ts';
