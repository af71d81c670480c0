import type { Caller } from '../../../access/caller.ts';
import type { Db } from '../../../db/database.ts';
import { getSip } from '../../sip/use-cases/get-sip.ts';
import { toCarePlan } from '../fhir.presenter.ts';

/** One SIP as a CarePlan, or its participants as a CareTeam (same rule and log as GET /api/sips/:id). */
export async function readCarePlan(db: Db, caller: Caller, sipId: string) {
  return toCarePlan(await getSip(db, caller, sipId));
}
