import type { Consent, Person, Screening, SipDetail, SipSummary } from '@vardflata/contracts';

/**
 * Vårdfläta's records as FHIR R4 resources (decision 0018-c). Plain JSON; the tests validate
 * every resource served against the official R4 structure definitions.
 */
export type FhirResource = Record<string, unknown> & { resourceType: string };

export const FHIR_VERSION = '4.0.1';
const LOINC = 'http://loinc.org';
/** Swedish national identifiers (OIDs of Inera / Skatteverket). */
const PERSONNUMMER = 'urn:oid:1.2.752.129.2.1.3.1';
const SAMORDNINGSNUMMER = 'urn:oid:1.2.752.129.2.1.3.3';
// identity: Vårdfläta's own reserve numbers (0019-b) have no national OID; a local system says so.
const RESERVNUMMER = 'urn:vardflata:reservnummer';
const IDENTIFIER_SYSTEM = {
  personnummer: PERSONNUMMER,
  samordningsnummer: SAMORDNINGSNUMMER,
  reservnummer: RESERVNUMMER,
} as const;
const LOCAL = 'https://vardflata.se/fhir/CodeSystem';

const ref = (type: string, id: string, display?: string | null) => ({
  reference: `${type}/${id}`,
  ...(display ? { display } : {}),
});
const patientRef = (id: string) => ref('Patient', id);
/** An instant in FHIR's form (seconds, and a zone). */
const instant = (iso: string) => new Date(iso).toISOString();

export function toPatient(person: Person): FhirResource {
  const hidden = person.givenName === null && person.familyName === null;
  return {
    resourceType: 'Patient',
    id: person.id,
    ...(person.protectedIdentity
      ? {
          meta: {
            security: [
              {
                system: 'http://terminology.hl7.org/CodeSystem/v3-Confidentiality',
                code: 'R',
                display: 'restricted',
              },
            ],
          },
        }
      : {}),
    identifier: [
      {
        use: 'official',
        system: IDENTIFIER_SYSTEM[person.identityNumberKind],
        value: person.personalIdentityNumber,
      },
    ],
    // A protected identity's name is left out, not blanked, for whoever may not see it.
    ...(hidden
      ? {}
      : {
          name: [
            {
              use: 'official',
              ...(person.familyName ? { family: person.familyName } : {}),
              ...(person.givenName ? { given: [person.givenName] } : {}),
            },
          ],
        }),
    gender: person.sex,
    birthDate: person.dateOfBirth,
  };
}

/** SIP status → CarePlan.status: before activation a draft; closed completed; ended unfinished revoked. */
const CARE_PLAN_STATUS: Record<SipSummary['status'], string> = {
  proposed: 'draft',
  invited: 'draft',
  'meeting-held': 'draft',
  active: 'active',
  closed: 'completed',
  refused: 'revoked',
  withdrawn: 'revoked',
};
export const carePlanStatus = (sip: SipSummary) => CARE_PLAN_STATUS[sip.status];

// CarePlan.category's value set is an example only; a text says what kind of plan this is.
const SIP_CATEGORY = { text: 'Samordnad individuell plan (SIP)' };

export function toCarePlan(sip: SipSummary | SipDetail): FhirResource {
  const detail = 'plan' in sip ? sip : null;
  return {
    resourceType: 'CarePlan',
    id: sip.id,
    status: carePlanStatus(sip),
    intent: 'plan',
    category: [SIP_CATEGORY],
    title: 'SIP',
    ...(detail?.plan.problemAndNeeds ? { description: detail.plan.problemAndNeeds } : {}),
    subject: patientRef(sip.personId),
    ...(sip.activatedOn ? { period: { start: sip.activatedOn.slice(0, 10) } } : {}),
    created: sip.proposedOn.slice(0, 10),
    author: { display: `${sip.unit.name}, ${sip.organisation.name}` },
    careTeam: [ref('CareTeam', sip.id)],
    ...(detail
      ? {
          activity: detail.plan.interventions.map((i) => ({
            detail: { status: 'unknown', description: i.description },
          })),
          ...(detail.plan.ownWords ? { note: [{ text: detail.plan.ownWords }] } : {}),
        }
      : {}),
  };
}

/** The SIP's participants as its care team. */
export function toCareTeam(sip: SipDetail): FhirResource {
  return {
    resourceType: 'CareTeam',
    id: sip.id,
    status:
      sip.status === 'active'
        ? 'active'
        : carePlanStatus(sip) === 'draft'
          ? 'proposed'
          : 'inactive',
    name: 'SIP',
    subject: patientRef(sip.personId),
    participant: sip.participants.map((p) => ({
      role: [{ text: p.role ?? p.kind }],
      member: { display: [p.name, p.unitName, p.organisationName].filter(Boolean).join(', ') },
    })),
  };
}

export function toConsent(consent: Consent): FhirResource {
  return {
    resourceType: 'Consent',
    id: consent.id,
    status: consent.status === 'valid' ? 'active' : 'inactive',
    scope: {
      coding: [
        {
          system: 'http://terminology.hl7.org/CodeSystem/consentscope',
          code: 'patient-privacy',
          display: 'Privacy Consent',
        },
      ],
    },
    category: [{ coding: [{ system: LOINC, code: '59284-0', display: 'Patient Consent' }] }],
    patient: patientRef(consent.personId),
    dateTime: instant(consent.recordedAt),
    // The rule is Swedish law (SoL/OSL, PDL), not one of the policy codes R4 binds: a text.
    policyRule: {
      text: `${consent.form === 'written' ? 'Skriftligt' : 'Muntligt'} samtycke (OSL 10 kap. 1 §, PDL 6 kap.)`,
    },
    provision: {
      type: 'permit',
      period: {
        start: consent.validFrom.slice(0, 10),
        ...(consent.validUntil ? { end: consent.validUntil.slice(0, 10) } : {}),
      },
      actor: consent.recipientOrganisationIds.map((id) => ({
        role: {
          coding: [
            {
              system: 'http://terminology.hl7.org/CodeSystem/v3-ParticipationType',
              code: 'IRCP',
              display: 'information recipient',
            },
          ],
        },
        reference: ref('Organization', id),
      })),
      purpose: [{ system: `${LOCAL}/consent-purpose`, code: consent.purpose }],
    },
  };
}

/** Total scores: AUDIT's LOINC code; DUDIT has no LOINC code known with certainty (instruments). */
const TOTAL_CODE: Record<string, { system: string; code: string; display: string }> = {
  AUDIT: { system: LOINC, code: '75624-7', display: 'Total score [AUDIT]' },
  DUDIT: {
    system: `${LOCAL}/instrument-score`,
    code: 'DUDIT-total',
    display: 'Total score [DUDIT]',
  },
};

export function toObservation(screening: Screening): FhirResource | null {
  const code = TOTAL_CODE[screening.instrument];
  if (!code) return null;
  return {
    resourceType: 'Observation',
    id: screening.id,
    status: 'final',
    category: [
      {
        coding: [
          {
            system: 'http://terminology.hl7.org/CodeSystem/observation-category',
            code: 'survey',
            display: 'Survey',
          },
        ],
      },
    ],
    code: { coding: [code], text: code.display },
    subject: patientRef(screening.personId),
    effectiveDateTime: instant(screening.performedAt),
    issued: instant(screening.recordedAt),
    valueInteger: screening.total,
    derivedFrom: [ref('QuestionnaireResponse', screening.id)],
  };
}

export function searchBundle(resources: FhirResource[], selfUrl: string): FhirResource {
  return {
    resourceType: 'Bundle',
    type: 'searchset',
    total: resources.length,
    link: [{ relation: 'self', url: selfUrl }],
    entry: resources.map((resource) => ({
      fullUrl: `${selfUrl.split('/api/fhir/')[0]}/api/fhir/${resource.resourceType}/${String(resource.id)}`,
      resource,
      search: { mode: 'match' },
    })),
  };
}

export function operationOutcome(
  status: number,
  diagnostics: string,
  fields: { path: string; message: string }[] = [],
): FhirResource {
  const code =
    status === 404
      ? 'not-found'
      : status === 401
        ? 'login'
        : status === 403
          ? 'forbidden'
          : status === 422
            ? 'business-rule'
            : status < 500
              ? 'invalid'
              : 'exception';
  const severity = status >= 500 ? 'fatal' : 'error';
  const issues = fields.length
    ? fields.map((f) => ({ severity, code, diagnostics: f.message, expression: [f.path] }))
    : [{ severity, code, diagnostics }];
  return { resourceType: 'OperationOutcome', issue: issues };
}
