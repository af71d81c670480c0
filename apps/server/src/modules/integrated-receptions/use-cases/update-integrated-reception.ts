import type { IntegratedReception, IntegratedReceptionBody } from '@vardflata/contracts';
import type { Caller } from '../../../access/caller.ts';
import { requirePermission } from '../../../access/permissions.ts';
import type { Db } from '../../../db/database.ts';
import { isUniqueViolation } from '../../../db/errors.ts';
import { conflict, notFound } from '../../../http/problem.ts';
import { logAdministration } from '../../organisations/organisations.service.ts';
import { checkReceptionUnits } from '../integrated-receptions.policy.ts';
import * as repo from '../repositories/integrated-reception.repository.ts';

/** Renames a reception and sets its units, all or nothing. */
export async function updateIntegratedReception(
  db: Db,
  caller: Caller,
  id: string,
  body: IntegratedReceptionBody,
): Promise<IntegratedReception> {
  requirePermission(caller, 'administration');
  try {
    return await db.transaction().execute(async (trx) => {
      if (!(await repo.renameReception(trx, id, body.name))) throw notFound();
      const units = await repo.findUnitsWithKind(trx, body.unitIds);
      const taken = await repo.unitsInOtherReceptions(trx, body.unitIds, id);
      checkReceptionUnits(units, body.unitIds, taken);
      await repo.replaceReceptionUnits(trx, id, body.unitIds);
      await logAdministration(trx, caller, 'integrated-reception.update', { receptionId: id });
      return (await repo.listIntegratedReceptions(trx)).find((r) => r.id === id)!;
    });
  } catch (error) {
    if (isUniqueViolation(error))
      throw conflict('Another integrated reception already has that name.');
    throw error;
  }
}
