import type { Caller } from '../../../access/caller.ts';
import type { Db } from '../../../db/database.ts';
import { listForPerson } from '../../sip/use-cases/list-for-person.ts';
import { carePlanStatus, toCarePlan } from '../fhir.presenter.ts';
import { matchesToken } from '../fhir.search.ts';

/** The person's SIPs the caller may see, as CarePlans (same rule and log as the REST list). */
export async function searchCarePlans(
  db: Db,
  caller: Caller,
  personId: string,
  status: string | undefined,
) {
  const sips = await listForPerson(db, caller, personId);
  return sips.filter((s) => matchesToken(carePlanStatus(s), status)).map(toCarePlan);
}
