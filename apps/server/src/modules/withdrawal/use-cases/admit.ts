import type { Caller } from '../../../access/caller.ts';
import type { Db } from '../../../db/database.ts';
import { bedUnitCommand } from '../withdrawal.context.ts';
import { requireFreeBed, requireStatus } from '../withdrawal.policy.ts';
import * as repo from '../repositories/withdrawal-request.repository.ts';
import { openCareRelationAt } from '../../persons/persons.repository.ts';

/**
 * Admission to a bed: needs a free bed; opens the bed unit's care relation with the person, so
 * the centre works with the person on its own ground from now on.
 */
export const admit = (db: Db, caller: Caller, id: string, now?: Date) =>
  bedUnitCommand(
    db,
    caller,
    id,
    'withdrawal-request.admit',
    async ({ trx, row, now: at }) => {
      requireStatus(row.status, 'waiting');
      const unit = (await repo.findBedUnit(trx, row.bed_unit_id))!;
      requireFreeBed(await repo.countOccupied(trx, row.bed_unit_id), unit.beds);
      await openCareRelationAt(trx, {
        personId: row.person_id,
        unitId: row.bed_unit_id,
        organisationId: unit.organisation_id,
        staffId: caller.staffId,
      });
      await repo.updateRequest(trx, row.id, {
        status: 'admitted',
        admitted_by: caller.staffId,
        admitted_at: at,
      });
    },
    now,
  );
