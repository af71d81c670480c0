import { FHIR_VERSION, type FhirResource } from './fhir.presenter.ts';

const search = (name: string, type: string, documentation: string) => ({
  name,
  type,
  documentation,
});
const PATIENT = search('patient', 'reference', 'The person (Patient/<id>); or subject');
const SUBJECT = search('subject', 'reference', 'The person (Patient/<id>); or patient');
const STATUS = search('status', 'token', 'Status, commas for "or"');
const DATE = search('date', 'date', 'A day with prefix eq, ge, le, gt or lt');

/** What /api/fhir serves; kept beside the routes, and checked against them in the tests. */
export function capabilityStatement(version: string, releaseDate: string): FhirResource {
  return {
    resourceType: 'CapabilityStatement',
    status: 'active',
    date: releaseDate,
    publisher: 'Vårdfläta',
    kind: 'instance',
    software: { name: 'Vårdfläta', version },
    implementation: { description: 'Vårdfläta FHIR R4 API (read and search)' },
    fhirVersion: FHIR_VERSION,
    format: ['application/fhir+json', 'json'],
    rest: [
      {
        mode: 'server',
        documentation:
          'Signed in with the session (cookie) of Vårdfläta or the county identity provider. ' +
          'The same access rule and access log as the REST API: what the caller may not see is 404.',
        resource: [
          { type: 'Patient', interaction: [{ code: 'read' }] },
          {
            type: 'CarePlan',
            interaction: [{ code: 'read' }, { code: 'search-type' }],
            searchParam: [SUBJECT, PATIENT, STATUS],
          },
          { type: 'CareTeam', interaction: [{ code: 'read' }] },
          {
            type: 'Consent',
            interaction: [{ code: 'search-type' }],
            searchParam: [PATIENT, SUBJECT, STATUS, DATE],
          },
          {
            type: 'Observation',
            interaction: [{ code: 'search-type' }],
            searchParam: [
              SUBJECT,
              PATIENT,
              STATUS,
              search('code', 'token', 'system|code, e.g. http://loinc.org|75624-7 (AUDIT total)'),
              DATE,
            ],
          },
          {
            type: 'Task',
            documentation:
              'Referrals and consultations (id referral-<uuid>), and what waits on the ' +
              'caller’s unit in the worklists and the care chains’ hand-overs (withdrawal-bed ' +
              'requests, medication changes to confirm, treatment hand-overs, LOB intakes, ' +
              'disclosures to acknowledge) (id worklist-<kind>-<uuid>, read live).',
            interaction: [{ code: 'read' }, { code: 'search-type' }],
            searchParam: [
              PATIENT,
              SUBJECT,
              STATUS,
              search(
                'date',
                'date',
                'The due day (restriction.period.end; a hand-over has none), prefix eq, ge, le, ' +
                  'gt or lt',
              ),
              search(
                '_lastUpdated',
                'date',
                'The day of the last change, prefix eq, ge, le, gt or lt',
              ),
            ],
          },
          { type: 'Questionnaire', interaction: [{ code: 'read' }] },
          { type: 'QuestionnaireResponse', interaction: [{ code: 'read' }] },
        ],
      },
    ],
  };
}
