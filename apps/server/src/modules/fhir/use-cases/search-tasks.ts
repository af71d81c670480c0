import type { Caller } from '../../../access/caller.ts';
import type { Db } from '../../../db/database.ts';
import { todayInStockholm } from '../../../util/time.ts';
import { listPersonReferrals } from '../../referrals/use-cases/read.ts';
import type { FhirResource } from '../fhir.presenter.ts';
import { matchesDate, matchesToken } from '../fhir.search.ts';
import { referralTask } from '../fhir.task.ts';
import { worklistTasks } from '../fhir.worklist.ts';

const dueOn = (t: FhirResource) =>
  (t.restriction as { period?: { end?: string } } | undefined)?.period?.end;
/** The day in Sweden of the last change, as the other date searches compare days. */
const lastUpdated = (t: FhirResource) => {
  const at = (t.meta as { lastUpdated?: string } | undefined)?.lastUpdated;
  return at ? todayInStockholm(new Date(at)) : undefined;
};

/**
 * The person's Tasks: their referrals the caller may see (the same rule, 404 and log as GET
 * /api/persons/:id/referrals), then what waits on the caller's unit about them. `date` is the
 * due day; `_lastUpdated` the last change (a worklist item, read live, has none).
 */
export async function searchTasks(
  db: Db,
  caller: Caller,
  personId: string,
  filters: {
    status?: string | undefined;
    date?: string | undefined;
    _lastUpdated?: string | undefined;
  },
) {
  const referrals = (await listPersonReferrals(db, caller, personId)).map(referralTask);
  const worklist = await worklistTasks(db, caller, (i) => i.personId === personId);
  const on = (value: string | undefined, param: string | undefined) =>
    param === undefined || (value !== undefined && matchesDate(value, param));
  return [...referrals, ...worklist]
    .filter((t) => matchesToken(String(t.status), filters.status))
    .filter((t) => on(dueOn(t), filters.date))
    .filter((t) => on(lastUpdated(t), filters._lastUpdated));
}
