import {
  CONTACT_STATUSES_ON_THE_DAY,
  contactStatusesAfter,
  type ContactStatus,
} from '@vardflata/domain';
import type { Caller } from '../../access/caller.ts';
import { can } from '../../access/permissions.ts';
import { badRequest, forbidden, unprocessable } from '../../http/problem.ts';
import type { ContactRow } from './repositories/contact.repository.ts';

/**
 * Decisions for contacts (decision 0020-c). A contact is the unit's: staff of a unit with an
 * open care relation with the person record one for their own unit, and only that unit corrects
 * or cancels it. Who sees it is the record rule of access/policy.ts (the repository's query).
 */

/** Recording a contact needs a care relation of the caller's unit (emergency access is not one). */
export function requireCareRelation(ground: 'care-relation' | 'emergency' | null): void {
  if (ground !== 'care-relation') {
    throw forbidden('Only a unit with a care relation with the person records its contacts.');
  }
}

export function mayEdit(
  caller: Caller,
  row: Pick<ContactRow, 'unit_id' | 'person_ground'>,
): boolean {
  return row.unit_id === caller.unitId && row.person_ground === 'care-relation';
}

export function requireMayEdit(caller: Caller, row: ContactRow): void {
  if (!mayEdit(caller, row)) {
    throw forbidden('Only the unit that had the contact, while in care of the person, changes it.');
  }
}

/** A contact held or missed has had its day: it cannot lie in the future (400 naming `date`). */
export function requireDayFits(status: ContactStatus, date: string, today: string): void {
  if (CONTACT_STATUSES_ON_THE_DAY.includes(status) && date > today) {
    throw badRequest([
      {
        path: 'date',
        message: 'in the future: a contact is held or missed on its day, not before',
      },
    ]);
  }
}

/** The change a correction makes to the status must be one the contact's status allows. */
export function requireStatusChange(row: Pick<ContactRow, 'status'>, to: ContactStatus): void {
  if (row.status === 'cancelled') {
    throw unprocessable('A cancelled contact stays cancelled: book a new one.', {
      errors: [{ path: 'status', message: 'cancelled' }],
    });
  }
  if (!contactStatusesAfter(row.status).includes(to)) {
    throw unprocessable('A contact whose outcome is recorded does not go back to booked.', {
      errors: [{ path: 'status', message: `not after ${row.status}` }],
    });
  }
}

/** Awaiting its outcome: booked for a day that has passed. Never shown as held. */
export function awaitingOutcome(row: Pick<ContactRow, 'status' | 'contact_on'>, today: string) {
  return row.status === 'booked' && row.contact_on < today;
}

/** At most this many contacts awaiting their outcome on one worklist (the oldest). */
export const AWAITING_OUTCOME_ON_WORKLIST = 100;

/**
 * Which contacts awaiting their outcome remind the caller on the worklist: only those of the
 * caller's own unit (the unit that had the contact records its outcome), still booked, whose
 * day lies before today (as `awaitingOutcome`), of persons the caller still sees (the
 * repository's query) — oldest day first, at most AWAITING_OUTCOME_ON_WORKLIST. Null for a
 * caller without a unit or who reads no care-chain records: no reminders.
 */
export function awaitingOutcomeReminders(caller: Caller, today: string) {
  if (!caller.unitId || !can(caller, 'care-chain:read')) return null;
  return { unitId: caller.unitId, before: today, limit: AWAITING_OUTCOME_ON_WORKLIST };
}
