import type { Caller } from '../../access/caller.ts';
import { forbidden, unprocessable } from '../../http/problem.ts';
import type { ReferralRow } from './repositories/referral.repository.ts';

/**
 * Write decisions for referrals and consultations (F6). A referral goes to a unit of another
 * organisation, only under a consent that names it; the receiving unit answers, once.
 */
export function requireOtherOrganisation(
  caller: Caller,
  unit: { organisation_id: string } | undefined,
) {
  if (!unit) {
    throw unprocessable('No such unit.', {
      errors: [{ path: 'toUnitId', message: 'no such unit' }],
    });
  }
  if (unit.organisation_id === caller.organisationId) {
    throw unprocessable('A referral goes to another organisation.', {
      errors: [{ path: 'toUnitId', message: 'a unit of your own organisation' }],
    });
  }
}

export function requireConsent(covered: boolean) {
  if (!covered) {
    throw unprocessable('No valid consent names the receiving organisation.', {
      missing: ['consent'],
    });
  }
}

export function requireDueNotPast(dueOn: string, today: string) {
  if (dueOn < today) {
    throw unprocessable('The answer cannot be due in the past.', {
      errors: [{ path: 'dueOn', message: 'in the past' }],
    });
  }
}

export const mayAnswer = (caller: Caller, row: Pick<ReferralRow, 'to_unit_id' | 'answer'>) =>
  row.to_unit_id === caller.unitId && row.answer === null;

/** Only the receiving unit answers, and only an open referral. */
export function requireMayAnswer(caller: Caller, row: ReferralRow) {
  if (row.to_unit_id !== caller.unitId) {
    throw forbidden('Only the receiving unit answers a referral.');
  }
  if (row.answer !== null) {
    throw unprocessable('The referral is already answered.', {
      errors: [{ path: 'answer', message: 'already answered' }],
    });
  }
}
