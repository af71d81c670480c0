import type { Coverage } from '@vardflata/contracts';
import type { Caller } from '../../../access/caller.ts';
import type { Db } from '../../../db/database.ts';
import { notFound } from '../../../http/problem.ts';
import { governanceActor } from '../../collaboration-bodies/steering-group.ts';
import { requireMaySeeCoverage } from '../competence.policy.ts';
import * as trainings from '../repositories/training.repository.ts';

/** Coverage per unit now: each unit's active staff and how many completed each training. Units
 * without staff are left out (no "0 of 0"). */
export async function readCoverage(
  db: Db,
  caller: Caller,
  organisationId?: string,
): Promise<Coverage> {
  requireMaySeeCoverage(await governanceActor(db, caller));
  const organisations = await trainings.organisationIds(db, organisationId);
  if (organisationId && organisations.length === 0) throw notFound();
  const rows = await trainings.coverageOf(db, organisations);
  return {
    items: rows
      .filter((r) => Number(r.staff) > 0)
      .map((r) => ({
        unitId: r.unit_id,
        unitName: r.unit_name,
        training: r.training,
        staff: Number(r.staff),
        trained: Number(r.trained),
      })),
  };
}
