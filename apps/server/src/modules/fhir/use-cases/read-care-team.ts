import type { Caller } from '../../../access/caller.ts';
import type { Db } from '../../../db/database.ts';
import { getSip } from '../../sip/use-cases/get-sip.ts';
import { toCareTeam } from '../fhir.presenter.ts';

export async function readCareTeam(db: Db, caller: Caller, sipId: string) {
  return toCareTeam(await getSip(db, caller, sipId));
}
