import { z } from 'zod';
import { int32, isoDate, isoDateTimeInput, uuid } from './common.ts';

// care: HVB placements and the medication-dependence hand-over (seed 000).

export const costShare = z.object({
  organisationId: uuid,
  percent: int32.min(0).max(100),
});

export const createPlacementBody = z.object({
  kind: z.literal('hvb'),
  providerUnitId: uuid,
  plannedStart: isoDate,
  costSplit: z.array(costShare).min(1, 'name who pays what').max(10),
  /** The LARO / addiction unit of the region; by default the county's addiction centre. */
  laroUnitId: uuid.optional(),
});
export type CreatePlacementBody = z.infer<typeof createPlacementBody>;

export const placementEventKinds = [
  'medication-change',
  'follow-up-report',
  'discharge-meeting',
] as const;

export const medicationChangeBody = z.object({
  description: z.string().trim().min(1, 'describe the change').max(4000),
});
export type MedicationChangeBody = z.infer<typeof medicationChangeBody>;

export const followUpReportBody = z.object({
  text: z.string().trim().min(1, 'write the report').max(8000),
});
export type FollowUpReportBody = z.infer<typeof followUpReportBody>;

export const dischargeMeetingBody = z.object({
  startsAt: isoDateTimeInput,
  place: z.string().trim().min(1).max(200),
});
export type DischargeMeetingBody = z.infer<typeof dischargeMeetingBody>;

export const endPlacementBody = z.object({
  endedOn: isoDate,
  outcome: z.string().trim().min(1, 'say how it ended').max(2000),
});
export type EndPlacementBody = z.infer<typeof endPlacementBody>;

export const placementEventIdParams = z.object({ id: uuid, eventId: uuid });

export const placementEvent = z.object({
  id: uuid,
  kind: z.enum(placementEventKinds),
  text: z.string(),
  at: z.string(),
  meetingAt: z.string().nullable(),
  recordedByName: z.string(),
  recordedUnitName: z.string(),
  recipientUnitIds: z.array(uuid),
  recipientUnitNames: z.array(z.string()),
  /** Medication changes: confirmed by the LARO physician. */
  confirmedAt: z.string().nullable(),
  confirmedByName: z.string().nullable(),
});
export type PlacementEvent = z.infer<typeof placementEvent>;

export const placement = z.object({
  id: uuid,
  personId: uuid,
  kind: z.literal('hvb'),
  status: z.enum(['planned', 'ended']),
  placingUnitId: uuid,
  placingUnitName: z.string(),
  placingOrganisationId: uuid,
  providerUnitId: uuid,
  providerUnitName: z.string(),
  providerOrganisationId: uuid,
  /** The region keeps the health-care responsibility during the placement. */
  healthCareOrganisationId: uuid,
  healthCareOrganisationName: z.string(),
  laroUnitId: uuid.nullable(),
  laroUnitName: z.string().nullable(),
  sipId: uuid,
  plannedStart: z.string(),
  endedOn: z.string().nullable(),
  endOutcome: z.string().nullable(),
  costSplit: z.array(costShare.extend({ organisationName: z.string() })),
  events: z.array(placementEvent),
});
export type Placement = z.infer<typeof placement>;

export const createHandoverBody = z.object({
  kind: z.literal('medication-dependence'),
  toUnitId: uuid,
  note: z.string().trim().max(4000).optional(),
});
export type CreateHandoverBody = z.infer<typeof createHandoverBody>;

export const handover = z.object({
  id: uuid,
  personId: uuid,
  kind: z.literal('medication-dependence'),
  fromUnitId: uuid,
  fromUnitName: z.string(),
  toUnitId: uuid,
  toUnitName: z.string(),
  sipId: uuid,
  note: z.string().nullable(),
  handedOverAt: z.string(),
  acceptedAt: z.string().nullable(),
});
export type Handover = z.infer<typeof handover>;
