import type { Populations } from '@vardflata/contracts';
import type { Caller } from '../../../access/caller.ts';
import type { Db } from '../../../db/database.ts';
import { governanceActor } from '../../collaboration-bodies/steering-group.ts';
import { requireMayRead } from '../joint-financing.policy.ts';
import * as keys from '../repositories/key.repository.ts';

/** Every municipality with its population of the year (null: not entered, never a zero). */
export async function readPopulations(db: Db, caller: Caller, year: number): Promise<Populations> {
  requireMayRead(await governanceActor(db, caller));
  const rows = await keys.listMunicipalitiesWithPopulation(db, year);
  return {
    year,
    items: rows.map((r) => ({
      organisationId: r.id,
      organisationName: r.name,
      population: r.population ?? null,
    })),
  };
}
