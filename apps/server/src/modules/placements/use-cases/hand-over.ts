import type { CreateHandoverBody, Handover } from '@vardflata/contracts';
import type { Caller } from '../../../access/caller.ts';
import { requirePermission } from '../../../access/permissions.ts';
import { appendAccessLog, logDenied } from '../../../audit/access-log.ts';
import type { Db } from '../../../db/database.ts';
import { badRequest, unprocessable } from '../../../http/problem.ts';
import { todayInStockholm } from '../../../util/time.ts';
import { openCareRelationAt } from '../../persons/persons.repository.ts';
import { requireVisiblePerson } from '../../persons/persons.service.ts';
import { personHasActiveSipWith } from '../../sip/use-cases/person-has-active-sip-with.ts';
import { requireRegionHandover } from '../placements.policy.ts';
import { toHandover } from '../placements.presenter.ts';
import * as handovers from '../repositories/care-handover.repository.ts';
import { findUnitsWithKind } from '../repositories/placement.repository.ts';

/**
 * Treatment responsibility for medication dependence handed from primary care to specialist
 * care (seed 000: "Överlämnande av behandlingsansvar från primärvård till specialistsjukvård
 * föregås alltid av SIP"): refused with 422 `missing: ["sip"]` without an active SIP in which
 * the region takes part. The receiving unit gets a care relation and a worklist item until it
 * accepts.
 */
export async function handOver(
  db: Db,
  caller: Caller,
  personId: string,
  body: CreateHandoverBody,
  today: string = todayInStockholm(),
): Promise<Handover> {
  requirePermission(caller, 'placement:write');
  const person = await requireVisiblePerson(db, caller, personId, 'handover.create');
  const [toUnit] = await findUnitsWithKind(db, [body.toUnitId]);
  if (requireRegionHandover(caller, toUnit) === 'bad-unit') {
    throw badRequest([{ path: 'toUnitId', message: 'no other unit of your region' }]);
  }
  const gate = await personHasActiveSipWith(
    db,
    caller,
    personId,
    { principal: 'region', covers: 'medication-dependence-handover' },
    today,
  );
  if (!gate.passed || !gate.sipId) {
    await logDenied(db, caller, {
      personId,
      action: 'handover.create',
      ground: person.ground ?? 'none',
      detail: { missing: 'sip' },
    });
    throw unprocessable('A hand-over to specialist care is always preceded by a SIP.', {
      missing: ['sip'],
    });
  }
  return db.transaction().execute(async (trx) => {
    const id = await handovers.insertHandover(trx, {
      person_id: personId,
      kind: body.kind,
      from_unit_id: caller.unitId!,
      to_unit_id: toUnit!.id,
      sip_id: gate.sipId!,
      note: body.note ?? null,
      handed_over_by: caller.staffId,
    });
    await openCareRelationAt(trx, {
      personId,
      unitId: toUnit!.id,
      organisationId: toUnit!.organisation_id,
      staffId: caller.staffId,
    });
    await appendAccessLog(trx, caller, [
      {
        personId,
        action: 'handover.create',
        ground: person.ground ?? 'none',
        outcome: 'allowed',
        detail: { handoverId: id, sipId: gate.sipId },
      },
    ]);
    return toHandover((await handovers.findHandover(trx, id))!);
  });
}
