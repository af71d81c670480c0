import type { Handover } from '@vardflata/contracts';
import type { Caller } from '../../../access/caller.ts';
import { requirePermission } from '../../../access/permissions.ts';
import { appendAccessLog, logDenied } from '../../../audit/access-log.ts';
import type { Db } from '../../../db/database.ts';
import { forbidden, HttpProblem, notFound } from '../../../http/problem.ts';
import { requireVisiblePerson } from '../../persons/persons.service.ts';
import { toHandover } from '../placements.presenter.ts';
import * as handovers from '../repositories/care-handover.repository.ts';

/** The receiving unit accepts the treatment responsibility. */
export async function acceptHandover(
  db: Db,
  caller: Caller,
  id: string,
  now: Date = new Date(),
): Promise<Handover> {
  requirePermission(caller, 'placement:write');
  const found = await handovers.findHandover(db, id);
  const involved =
    found && (found.to_unit_id === caller.unitId || found.from_unit_id === caller.unitId);
  if (!found || !involved) {
    await logDenied(db, caller, {
      personId: found?.person_id ?? null,
      action: 'handover.accept',
      ground: 'none',
      detail: { handoverId: id },
    });
    throw notFound();
  }
  if (found.to_unit_id !== caller.unitId) throw forbidden('Only the receiving unit accepts.');
  if (found.accepted_at) throw new HttpProblem(409, 'The hand-over is already accepted.');
  const person = await requireVisiblePerson(db, caller, found.person_id, 'handover.accept');
  return db.transaction().execute(async (trx) => {
    await handovers.acceptHandover(trx, id, caller.staffId, now);
    await appendAccessLog(trx, caller, [
      {
        personId: found.person_id,
        action: 'handover.accept',
        ground: person.ground ?? 'none',
        outcome: 'allowed',
        detail: { handoverId: id },
      },
    ]);
    return toHandover((await handovers.findHandover(trx, id))!);
  });
}
