import { badRequest } from '../../http/problem.ts';

/** The person a search is about: `patient` or `subject` (one of them is required). */
export function searchedPatient(query: {
  patient?: string | undefined;
  subject?: string | undefined;
}) {
  const id = query.patient ?? query.subject;
  if (!id) {
    throw badRequest([
      { path: 'subject', message: 'give the patient: subject=Patient/<id> or patient=<id>' },
    ]);
  }
  if (query.patient && query.subject && query.patient !== query.subject) {
    throw badRequest([{ path: 'patient', message: 'patient and subject name different persons' }]);
  }
  return id;
}

/** A token search value with commas meaning "or"; undefined matches everything. */
export function matchesToken(value: string, param: string | undefined): boolean {
  if (param === undefined) return true;
  return param.split(',').some((p) => p.trim() === value);
}

/** `system|code` or `code`. */
export function matchesCoding(coding: { system: string; code: string }, param: string | undefined) {
  if (param === undefined) return true;
  return param.split(',').some((p) => {
    const [system, code] = p.includes('|') ? p.split('|', 2) : [undefined, p];
    return (
      code === coding.code && (system === undefined || system === '' || system === coding.system)
    );
  });
}

/** FHIR date search on a day (the record's date, YYYY-MM-DD…), prefixes eq, ge, le, gt, lt. */
export function matchesDate(value: string, param: string | undefined): boolean {
  if (param === undefined) return true;
  const prefix = /^[a-z]{2}/.test(param) ? param.slice(0, 2) : 'eq';
  const day = param.replace(/^[a-z]{2}/, '');
  const v = value.slice(0, 10);
  switch (prefix) {
    case 'ge':
      return v >= day;
    case 'le':
      return v <= day;
    case 'gt':
      return v > day;
    case 'lt':
      return v < day;
    default:
      return v === day;
  }
}
