import type { CreateInterventionBody, InterventionRecord } from '@vardflata/contracts';
import type { Caller } from '../../../access/caller.ts';
import { requirePermission } from '../../../access/permissions.ts';
import { appendAccessLog } from '../../../audit/access-log.ts';
import type { Db } from '../../../db/database.ts';
import { todayInStockholm } from '../../../util/time.ts';
import { saveChildrenQuestion } from '../../circle/use-cases/save-children-question.ts';
import { findUnitsByIds } from '../../organisations/organisations.repository.ts';
import { requireVisiblePerson } from '../../persons/persons.service.ts';
import { requireOwnUnit } from '../interventions.policy.ts';
import { toIntervention } from '../interventions.presenter.ts';
import {
  insertIntervention,
  visibleInterventions,
} from '../repositories/intervention.repository.ts';

/** Records an intervention (F5) that the caller's organisation answers for. */
export async function recordIntervention(
  db: Db,
  caller: Caller,
  personId: string,
  body: CreateInterventionBody,
): Promise<InterventionRecord> {
  requirePermission(caller, 'care-chain:write');
  const person = await requireVisiblePerson(db, caller, personId, 'intervention.create');
  const unitId = body.unitId ?? caller.unitId!;
  const [unit] = await findUnitsByIds(db, [unitId]);
  requireOwnUnit(caller, unit);
  return db.transaction().execute(async (trx) => {
    const id = await insertIntervention(trx, {
      person_id: personId,
      organisation_id: caller.organisationId!,
      unit_id: unitId,
      responsible_staff_id: body.responsible.staffId ?? null,
      responsible_name: body.responsible.name,
      category: body.category,
      method: body.method ?? null,
      method_note: body.methodNote ?? null,
      setting: body.setting,
      legal_form: body.legalForm,
      decision_reference: body.decision?.reference ?? null,
      decided_on: body.decision?.decidedOn ?? null,
      start_on: body.startOn,
      planned_end_on: body.plannedEndOn ?? null,
      recorded_by: caller.staffId,
    });
    // The children-as-relatives question, asked as the intervention starts (F1).
    if (body.childrenQuestion) {
      await saveChildrenQuestion(trx, caller, personId, {
        answer: body.childrenQuestion,
        context: 'intervention',
        recordId: id,
        askedOn: body.startOn,
      });
    }
    await appendAccessLog(trx, caller, [
      {
        personId,
        action: 'intervention.create',
        ground: person.ground ?? 'none',
        outcome: 'allowed',
        detail: { interventionId: id },
      },
    ]);
    const [row] = await visibleInterventions(trx, caller, { id });
    return toIntervention(caller, row!, todayInStockholm());
  });
}
