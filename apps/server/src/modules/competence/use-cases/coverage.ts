import type { FollowUp } from '@vardflata/contracts';
import type { Db } from '../../../db/database.ts';
import * as trainings from '../repositories/training.repository.ts';

/** Coverage per unit, for the annual follow-up under Kvalitet (a figure only where a unit has
 * staff; units without staff are left out rather than shown as 0 of 0). */
export async function coverage(
  db: Db,
  organisationIds: string[],
  year: number,
): Promise<FollowUp['competence']> {
  const rows = await trainings.coverageOf(db, organisationIds, `${year}-12-31`);
  return rows
    .filter((r) => Number(r.staff) > 0)
    .map((r) => ({
      unitId: r.unit_id,
      unitName: r.unit_name,
      training: r.training,
      staff: Number(r.staff),
      trained: Number(r.trained),
    }));
}
