import { Fhir } from 'fhir';
import { expect } from 'vitest';

/**
 * Every resource served is checked against the official FHIR R4 structure definitions and value
 * sets (FHIR.js, the `fhir` package, which ships them parsed): required elements, cardinality,
 * types, required bindings — and no element R4 does not know (warnings count as failures too).
 */
const fhir = new Fhir();
export function expectValidR4(resource: unknown) {
  const result = fhir.validate(resource as object);
  // 'info' only says a value set is not shipped with the validator (e.g. mime types), so that
  // one coded element could not be checked against it. A code "not found" in an *example*
  // binding's value set (Observation.code: LOINC, which the validator ships only in part) is no
  // fault in R4. Every other warning and every error fails the test.
  const problems = result.messages.filter(
    (m) =>
      m.severity !== 'info' && !(notInValueSet(m) && bindingStrength(m.location) === 'example'),
  );
  expect(problems, JSON.stringify(resource)).toEqual([]);
  expect(result.valid).toBe(true);
  // A Bundle's entries are resources of their own: validate each as well.
  const r = resource as { resourceType: string; entry?: { resource: unknown }[] };
  for (const e of r.entry ?? []) expectValidR4(e.resource);
}

const notInValueSet = (m: { message?: string }) => /not found in value set/.test(m.message ?? '');
/** The binding strength R4 gives a top-level element, e.g. `Observation.code` → example. */
function bindingStrength(location: string | undefined): string | undefined {
  const [type, element, ...rest] = (location ?? '').replace(/\[\d+\]/g, '').split('.');
  if (!type || !element || rest.length > 0) return undefined;
  const structure = fhir.parser.parsedStructureDefinitions[type] as unknown as {
    _properties: { _name: string; _valueSetStrength?: string }[];
  };
  return structure?._properties.find((p) => p._name === element)?._valueSetStrength;
}
