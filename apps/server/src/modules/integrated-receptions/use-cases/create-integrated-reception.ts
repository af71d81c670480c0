import type { IntegratedReception, IntegratedReceptionBody } from '@vardflata/contracts';
import type { Caller } from '../../../access/caller.ts';
import { requirePermission } from '../../../access/permissions.ts';
import type { Db } from '../../../db/database.ts';
import { isUniqueViolation } from '../../../db/errors.ts';
import { conflict } from '../../../http/problem.ts';
import { logAdministration } from '../../organisations/organisations.service.ts';
import { checkReceptionUnits } from '../integrated-receptions.policy.ts';
import * as repo from '../repositories/integrated-reception.repository.ts';

export async function createIntegratedReception(
  db: Db,
  caller: Caller,
  body: IntegratedReceptionBody,
): Promise<IntegratedReception> {
  requirePermission(caller, 'administration');
  try {
    return await db.transaction().execute(async (trx) => {
      const units = await repo.findUnitsWithKind(trx, body.unitIds);
      const taken = await repo.unitsInOtherReceptions(trx, body.unitIds, null);
      checkReceptionUnits(units, body.unitIds, taken);
      const id = await repo.insertReception(trx, body.name);
      await repo.replaceReceptionUnits(trx, id, body.unitIds);
      await logAdministration(trx, caller, 'integrated-reception.create', { receptionId: id });
      return (await repo.listIntegratedReceptions(trx)).find((r) => r.id === id)!;
    });
  } catch (error) {
    if (isUniqueViolation(error))
      throw conflict('An integrated reception with that name, or one of those units, exists.');
    throw error;
  }
}
