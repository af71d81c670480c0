import { z } from 'zod';
import { CONTACT_KINDS, CONTACT_NOTE_MAX, CONTACT_STATUSES } from '@vardflata/domain';
import { isoDate, uuid } from './common.ts';

/**
 * Contacts (besök och kontakter, decision 0020-c): a visit, call, video meeting, home visit or
 * group session of the caller's unit with the person, and whether it was held.
 */

export const contactKind = z.enum(CONTACT_KINDS);
export const contactStatus = z.enum(CONTACT_STATUSES);
const note = z.string().trim().max(CONTACT_NOTE_MAX);

export const createContactBody = z.object({
  /** The day of the contact; held and no-show ones not in the future. */
  date: isoDate,
  kind: contactKind,
  status: contactStatus,
  note: note.nullish(),
});
export type CreateContactBody = z.infer<typeof createContactBody>;

/** A correction or cancellation: the fields to change, at least one. `note: null` clears it. */
export const updateContactBody = z
  .object({
    date: isoDate.optional(),
    kind: contactKind.optional(),
    status: contactStatus.optional(),
    note: note.nullish(),
  })
  .superRefine((body, ctx) => {
    if (
      body.date === undefined &&
      body.kind === undefined &&
      body.status === undefined &&
      body.note === undefined
    ) {
      ctx.addIssue({ code: 'custom', path: ['status'], message: 'nothing to change' });
    }
  });
export type UpdateContactBody = z.infer<typeof updateContactBody>;

export const contactRecord = z.object({
  id: uuid,
  personId: uuid,
  /** The principal: the organisation of the unit that had the contact. */
  organisationId: uuid,
  organisationName: z.string(),
  unitId: uuid,
  unitName: z.string(),
  date: z.string(),
  kind: contactKind,
  status: contactStatus,
  /** Booked for a day that has passed, with no outcome recorded: neither held nor missed. */
  awaitingOutcome: z.boolean(),
  note: z.string().nullable(),
  recordedAt: z.string(),
  recordedByName: z.string(),
  changedAt: z.string().nullable(),
  changedByName: z.string().nullable(),
  /** Whether the caller's unit had the contact (and so may correct or cancel it). */
  mayEdit: z.boolean(),
});
export type ContactRecord = z.infer<typeof contactRecord>;
