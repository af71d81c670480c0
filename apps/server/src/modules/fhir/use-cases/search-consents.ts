import type { Caller } from '../../../access/caller.ts';
import type { Db } from '../../../db/database.ts';
import { listConsents } from '../../consents/consents.service.ts';
import { toConsent } from '../fhir.presenter.ts';
import { matchesDate, matchesToken } from '../fhir.search.ts';

/** The person's consents the caller may see (same rule and log as the REST list). */
export async function searchConsents(
  db: Db,
  caller: Caller,
  personId: string,
  filters: { status?: string | undefined; date?: string | undefined },
) {
  return (await listConsents(db, caller, personId))
    .map(toConsent)
    .filter((c) => matchesToken(String(c.status), filters.status))
    .filter((c) => matchesDate(String(c.dateTime), filters.date));
}
