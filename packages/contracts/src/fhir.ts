import { z } from 'zod';
import { uuid } from './common.ts';

/** platform: FHIR R4 search parameters (the common ones: patient/subject, status, date). */

/** `Patient/<id>` or a bare id, as FHIR reference search parameters are written. */
export const fhirPatientReference = z
  .string()
  .max(200)
  .transform((v) => v.replace(/^Patient\//, ''))
  .pipe(uuid);

/** A FHIR date search value: an optional prefix (eq, ge, le, gt, lt) and a date. */
export const fhirDateParam = z
  .string()
  .regex(
    /^(eq|ge|le|gt|lt)?\d{4}-\d{2}-\d{2}$/,
    'a date, optionally prefixed eq, ge, le, gt or lt',
  );

const patientOrSubject = {
  patient: fhirPatientReference.optional(),
  subject: fhirPatientReference.optional(),
};

export const fhirCarePlanSearch = z.object({
  ...patientOrSubject,
  status: z.string().max(200).optional(),
});

export const fhirConsentSearch = z.object({
  ...patientOrSubject,
  status: z.string().max(200).optional(),
  date: fhirDateParam.optional(),
});

export const fhirObservationSearch = z.object({
  ...patientOrSubject,
  status: z.string().max(200).optional(),
  code: z.string().max(200).optional(),
  date: fhirDateParam.optional(),
});

/** Any FHIR resource as JSON (validated in the tests against the R4 structure definitions). */
export const fhirResource = z.record(z.string(), z.unknown());

/** platform: Task search (0019-g): `date` is the due day, `_lastUpdated` the last change. */
export const fhirTaskSearch = z.object({
  ...patientOrSubject,
  status: z.string().max(200).optional(),
  date: fhirDateParam.optional(),
  _lastUpdated: fhirDateParam.optional(),
});

/** A Task id: `referral-<uuid>` or `worklist-<kind code>-<uuid>`. */
export const fhirTaskParams = z.object({
  id: z
    .string()
    .regex(
      /^(referral|worklist-[a-z-]{1,18})-[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/,
      'referral-<uuid> or worklist-<kind>-<uuid>',
    ),
});
