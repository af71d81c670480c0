import type { InterventionRecord } from '@vardflata/contracts';
import type { Caller } from '../../access/caller.ts';
import { toIso } from '../../util/time.ts';
import { mayEdit, statusOf } from './interventions.policy.ts';
import type { InterventionRow } from './repositories/intervention.repository.ts';

export function toIntervention(
  caller: Caller,
  row: InterventionRow,
  today: string,
): InterventionRecord {
  return {
    id: row.id,
    personId: row.person_id,
    organisationId: row.organisation_id,
    organisationName: row.organisation_name,
    organisationKind: row.organisation_kind,
    unitId: row.unit_id,
    unitName: row.unit_name,
    responsible: { staffId: row.responsible_staff_id, name: row.responsible_name },
    category: row.category,
    method: row.method,
    methodNote: row.method_note,
    setting: row.setting,
    legalForm: row.legal_form,
    decision:
      row.decision_reference !== null && row.decided_on !== null
        ? { reference: row.decision_reference, decidedOn: row.decided_on }
        : null,
    startOn: row.start_on,
    plannedEndOn: row.planned_end_on,
    endOn: row.end_on,
    outcome: row.outcome,
    outcomeNote: row.outcome_note,
    status: statusOf(row, today),
    recordedAt: toIso(row.recorded_at),
    recordedByName: row.recorded_by_name,
    mayEdit: mayEdit(caller, row),
  };
}
