import type { Caller } from '../../../access/caller.ts';
import type { Db } from '../../../db/database.ts';
import { listScreenings } from '../../screenings/screenings.service.ts';
import { toObservation, type FhirResource } from '../fhir.presenter.ts';
import { matchesCoding, matchesDate, matchesToken } from '../fhir.search.ts';

/** AUDIT and DUDIT totals as Observations (same rule and log as the REST screening list). */
export async function searchObservations(
  db: Db,
  caller: Caller,
  personId: string,
  filters: { status?: string | undefined; code?: string | undefined; date?: string | undefined },
) {
  return (await listScreenings(db, caller, personId))
    .map(toObservation)
    .filter((o): o is FhirResource => o !== null)
    .filter((o) => matchesToken(String(o.status), filters.status))
    .filter((o) => {
      const [coding] = (o.code as { coding: { system: string; code: string }[] }).coding;
      return matchesCoding(coding!, filters.code);
    })
    .filter((o) => matchesDate(String(o.effectiveDateTime), filters.date));
}
