import { z } from 'zod';
import { COLLABORATION_BODY_KINDS } from '@vardflata/domain';
import { isoDate, uuid } from './common.ts';
import { personFreeText } from './deviations.ts';

/** Collaboration bodies (F15): steering and local groups, the user council; their meetings. */
export const collaborationBodyKind = z.enum(COLLABORATION_BODY_KINDS);
export const memberRepresents = z.enum(['principal', 'user-organisation', 'relative-organisation']);

export const agendaItem = z.object({
  id: uuid.nullable(),
  title: z.string(),
  kind: z.enum(['item', 'deviation', 'dispute']),
  refId: uuid.nullable(),
});

export const bodyMeeting = z.object({
  id: uuid,
  heldOn: z.string(),
  place: z.string(),
  status: z.enum(['planned', 'held']),
  agenda: z.array(agendaItem),
  minutes: z.string(),
  decisions: z.array(z.string()),
});

export const collaborationBody = z.object({
  id: uuid,
  name: z.string(),
  kind: collaborationBodyKind,
  description: z.string(),
  members: z.array(
    z.object({
      id: uuid,
      name: z.string(),
      organisation: z.string().nullable(),
      represents: memberRepresents,
      hasAccount: z.boolean(),
    }),
  ),
  meetings: z.array(bodyMeeting),
  /** Raised to the body and waiting for its next meeting. */
  waiting: z.array(agendaItem),
  mayManage: z.boolean(),
});
export type CollaborationBody = z.infer<typeof collaborationBody>;

export const addMemberBody = z.object({
  staffId: uuid.optional(),
  name: personFreeText(200),
  organisationId: uuid.optional(),
  represents: memberRepresents.default('principal'),
});
export type AddMemberBody = z.infer<typeof addMemberBody>;

export const planMeetingBody = z.object({
  heldOn: isoDate,
  place: z.string().trim().max(200).default(''),
});
export type PlanMeetingBody = z.infer<typeof planMeetingBody>;

export const agendaItemBody = z.object({ title: personFreeText(500) });
export type AgendaItemBody = z.infer<typeof agendaItemBody>;

export const minutesBody = z.object({
  minutes: personFreeText(20000),
  decisions: z.array(personFreeText(2000)).max(50).default([]),
});
export type MinutesBody = z.infer<typeof minutesBody>;

export const meetingParams = z.object({ id: uuid, meetingId: uuid });
export const raiseToBodyBody = z.object({ bodyId: uuid });
export type RaiseToBodyBody = z.infer<typeof raiseToBodyBody>;
