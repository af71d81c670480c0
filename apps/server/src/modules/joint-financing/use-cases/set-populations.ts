import type { Populations, SetPopulationsBody } from '@vardflata/contracts';
import type { Caller } from '../../../access/caller.ts';
import type { Db } from '../../../db/database.ts';
import { badRequest } from '../../../http/problem.ts';
import { governanceActor } from '../../collaboration-bodies/steering-group.ts';
import { logAdministration } from '../joint-financing.log.ts';
import { requireMayManage } from '../joint-financing.policy.ts';
import * as keys from '../repositories/key.repository.ts';
import { readPopulations } from './read-populations.ts';

/** The population of municipalities for a year (the basis of keys by population). */
export async function setPopulations(
  db: Db,
  caller: Caller,
  body: SetPopulationsBody,
): Promise<Populations> {
  requireMayManage(await governanceActor(db, caller));
  const kinds = await keys.findOrganisationKinds(
    db,
    body.entries.map((e) => e.organisationId),
  );
  const seen = new Set<string>();
  const errors = body.entries.flatMap((e, i) => {
    const path = `entries[${i}].organisationId`;
    const bad = kinds.find((k) => k.id === e.organisationId)?.kind !== 'municipality';
    const twice = seen.has(e.organisationId);
    seen.add(e.organisationId);
    return bad
      ? [{ path, message: 'no such municipality' }]
      : twice
        ? [{ path, message: 'named twice' }]
        : [];
  });
  if (errors.length > 0) throw badRequest(errors);
  await db.transaction().execute(async (trx) => {
    await keys.upsertPopulations(trx, body.year, body.entries, caller.staffId);
    await logAdministration(trx, caller, 'joint-financing.population-set', {
      year: body.year,
      municipalities: body.entries.length,
    });
  });
  return readPopulations(db, caller, body.year);
}
