import type { Handover, Placement } from '@vardflata/contracts';
import { toIso, toIsoOrNull } from '../../util/time.ts';
import type { HandoverRow } from './repositories/care-handover.repository.ts';
import type {
  CostShareRow,
  PlacementEventRow,
  PlacementRow,
} from './repositories/placement.repository.ts';

export function toPlacement(
  row: PlacementRow,
  shares: CostShareRow[],
  events: PlacementEventRow[],
): Placement {
  return {
    id: row.id,
    personId: row.person_id,
    kind: row.kind,
    status: row.status,
    placingUnitId: row.placing_unit_id,
    placingUnitName: row.placing_unit_name,
    placingOrganisationId: row.placing_organisation_id,
    providerUnitId: row.provider_unit_id,
    providerUnitName: row.provider_unit_name,
    providerOrganisationId: row.provider_organisation_id,
    healthCareOrganisationId: row.health_care_organisation_id,
    healthCareOrganisationName: row.health_care_organisation_name,
    laroUnitId: row.laro_unit_id,
    laroUnitName: row.laro_unit_name,
    sipId: row.sip_id,
    plannedStart: row.planned_start,
    endedOn: row.ended_on,
    endOutcome: row.end_outcome,
    costSplit: shares
      .filter((s) => s.placement_id === row.id)
      .map((s) => ({
        organisationId: s.organisation_id,
        organisationName: s.organisation_name,
        percent: s.percent,
      })),
    events: events
      .filter((e) => e.placement_id === row.id)
      .map((e) => ({
        id: e.id,
        kind: e.kind,
        text: e.text,
        at: toIso(e.at),
        meetingAt: toIsoOrNull(e.meeting_at),
        recordedByName: e.recorded_by_name,
        recordedUnitName: e.recorded_unit_name,
        recipientUnitIds: e.recipient_unit_ids,
        recipientUnitNames: e.recipient_unit_names,
        confirmedAt: toIsoOrNull(e.confirmed_at),
        confirmedByName: e.confirmed_by_name,
      })),
  };
}

export function toHandover(row: HandoverRow): Handover {
  return {
    id: row.id,
    personId: row.person_id,
    kind: row.kind,
    fromUnitId: row.from_unit_id,
    fromUnitName: row.from_unit_name,
    toUnitId: row.to_unit_id,
    toUnitName: row.to_unit_name,
    sipId: row.sip_id,
    note: row.note,
    handedOverAt: toIso(row.handed_over_at),
    acceptedAt: toIsoOrNull(row.accepted_at),
  };
}
