import type { CreatePlacementBody, Placement } from '@vardflata/contracts';
import type { Caller } from '../../../access/caller.ts';
import { requirePermission } from '../../../access/permissions.ts';
import { appendAccessLog, logDenied } from '../../../audit/access-log.ts';
import type { Db } from '../../../db/database.ts';
import { badRequest, unprocessable, type FieldError } from '../../../http/problem.ts';
import { todayInStockholm } from '../../../util/time.ts';
import { requireVisiblePerson } from '../../persons/persons.service.ts';
import { personHasActiveSipWith } from '../../sip/use-cases/person-has-active-sip-with.ts';
import { listBedUnits } from '../../withdrawal/repositories/withdrawal-request.repository.ts';
import { loadPlacement } from '../placements.context.ts';
import { requirePlacingOrganisation, settledCostSplit } from '../placements.policy.ts';
import * as repo from '../repositories/placement.repository.ts';

/** The body's ids must name what they claim to (400 naming each bad field). */
async function checkBody(db: Db, body: CreatePlacementBody) {
  const units = await repo.findUnitsWithKind(
    db,
    [body.providerUnitId, body.laroUnitId].filter((u): u is string => !!u),
  );
  const organisations = await repo.findOrganisationsWithKind(
    db,
    body.costSplit.map((s) => s.organisationId),
  );
  const errors: FieldError[] = [];
  const provider = units.find((u) => u.id === body.providerUnitId);
  if (!provider) errors.push({ path: 'providerUnitId', message: 'no such unit' });
  const laro = body.laroUnitId ? units.find((u) => u.id === body.laroUnitId) : undefined;
  if (body.laroUnitId && laro?.organisation_kind !== 'region') {
    errors.push({ path: 'laroUnitId', message: 'no such unit of a region' });
  }
  const seen = new Set<string>();
  body.costSplit.forEach((s, i) => {
    if (!organisations.some((o) => o.id === s.organisationId)) {
      errors.push({ path: `costSplit[${i}].organisationId`, message: 'no such organisation' });
    } else if (seen.has(s.organisationId)) {
      errors.push({ path: `costSplit[${i}].organisationId`, message: 'named twice' });
    }
    seen.add(s.organisationId);
  });
  if (errors.length > 0) throw badRequest(errors);
  return { provider: provider!, laro, organisations };
}

/**
 * An HVB placement by social services (seed 000): "Placering på HVB-hem/institution föregås
 * alltid av SIP" and "Vardera partens kostnadsansvar ska vara klarlagt innan placering sker".
 * Refused (422) with `missing` "sip" (no active SIP in which the region takes part — the SIP
 * gate) and/or "cost-split"; the refusal is a logged `denied` row. The region keeps the
 * health-care responsibility; the LARO unit (by default the county's addiction centre)
 * confirms medication changes and gets the follow-up reports.
 */
export async function placeAtHvb(
  db: Db,
  caller: Caller,
  personId: string,
  body: CreatePlacementBody,
  today: string = todayInStockholm(),
): Promise<Placement> {
  requirePermission(caller, 'placement:write');
  const person = await requireVisiblePerson(db, caller, personId, 'placement.create');
  requirePlacingOrganisation(caller);
  const { provider, laro, organisations } = await checkBody(db, body);
  const gate = await personHasActiveSipWith(
    db,
    caller,
    personId,
    { principal: 'region', covers: 'hvb-placement' },
    today,
  );
  const split = settledCostSplit(body.costSplit, organisations, caller.organisationId!);
  const missing = [...(gate.passed ? [] : ['sip']), ...(split ? [] : ['cost-split'])];
  if (missing.length > 0 || !split || !gate.sipId) {
    await logDenied(db, caller, {
      personId,
      action: 'placement.create',
      ground: person.ground ?? 'none',
      detail: { missing: missing.join(',') },
    });
    throw unprocessable(
      'The placement waits for an active SIP with the region and a settled cost split.',
      { missing },
    );
  }
  const laroUnitId = laro?.id ?? (await listBedUnits(db))[0]?.unit_id ?? null;
  return db.transaction().execute(async (trx) => {
    const id = await repo.insertPlacement(
      trx,
      {
        person_id: personId,
        kind: 'hvb',
        placing_unit_id: caller.unitId!,
        placing_organisation_id: caller.organisationId!,
        provider_unit_id: provider.id,
        provider_organisation_id: provider.organisation_id,
        health_care_organisation_id: split.regionId,
        laro_unit_id: laroUnitId,
        sip_id: gate.sipId!,
        planned_start: body.plannedStart,
        created_by: caller.staffId,
      },
      body.costSplit,
    );
    await appendAccessLog(trx, caller, [
      {
        personId,
        action: 'placement.create',
        ground: person.ground ?? 'none',
        outcome: 'allowed',
        detail: { placementId: id, sipId: gate.sipId, sipCoversPlacement: gate.covers },
      },
    ]);
    return loadPlacement(trx, (await repo.findPlacement(trx, caller, id))!);
  });
}
