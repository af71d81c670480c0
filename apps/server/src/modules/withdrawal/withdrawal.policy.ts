import type { Caller } from '../../access/caller.ts';
import { forbidden, HttpProblem, unprocessable } from '../../http/problem.ts';
import type { WithdrawalStatus } from '@vardflata/domain';

/**
 * Who may do what with withdrawal-bed requests (seed 004). Who may see the person is decided
 * by access/policy.ts; these are the write decisions.
 */

/** The queue, the bed board, triage, admission and discharge belong to the bed unit's staff. */
export function requireBedUnitStaff(caller: Caller, bedUnitIds: readonly string[]): void {
  if (!caller.unitId || !bedUnitIds.includes(caller.unitId)) {
    throw forbidden('Only the staff of the unit that holds the beds may do this.');
  }
}

/**
 * The request carries the person's need to another principal's unit, so it needs a valid
 * consent naming the bed unit's organisation (purpose information-sharing or sip). Within the
 * bed unit's own organisation no disclosure crosses a principal's border.
 */
export function consentNeeded(caller: Caller, bedOrganisationId: string): boolean {
  return caller.organisationId !== bedOrganisationId;
}

export function refuseWithoutConsent(): never {
  throw unprocessable(
    'The person has no valid consent that lets the request reach the addiction centre.',
    { missing: ['consent'] },
  );
}

/** A request moves waiting → admitted → discharged; each act needs the state before it. */
export function requireStatus(current: WithdrawalStatus, needed: WithdrawalStatus): void {
  if (current !== needed) {
    throw new HttpProblem(409, `The request is ${current}, not ${needed}.`);
  }
}

/** Admission needs a free bed. */
export function requireFreeBed(occupied: number, beds: number): void {
  if (occupied >= beds) {
    throw unprocessable('Every bed is occupied.', { missing: ['free-bed'] });
  }
}
