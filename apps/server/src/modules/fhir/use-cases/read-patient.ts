import type { Caller } from '../../../access/caller.ts';
import type { Db } from '../../../db/database.ts';
import { getPerson } from '../../persons/persons.service.ts';
import { toPatient } from '../fhir.presenter.ts';

/** The person as a FHIR Patient: the same rule and the same log row as GET /api/persons/:id. */
export async function readPatient(db: Db, caller: Caller, personId: string) {
  return toPatient(await getPerson(db, caller, personId));
}
