import { stepOf, type CoerciveCareStep } from '@vardflata/domain';
import type { Caller } from '../../access/caller.ts';
import { forbidden, HttpProblem, unprocessable } from '../../http/problem.ts';
import type { ProcessRow, StepRow } from './repositories/coercive-care.repository.ts';

/**
 * Write decisions of the LVM/LVU checklist (decision 0019-a). Who may see a process is decided
 * by access/policy.ts, like every care-chain record. The statutory limits are data in
 * @vardflata/domain (COERCIVE_CARE_CHECKLIST), each with its section and source.
 */

/** Social services start the process: LVM and LVU are the municipality's acts. */
export function requireSocialServices(caller: Caller): void {
  if (caller.organisationKind !== 'municipality') {
    throw forbidden('An LVM/LVU process is run by social services (a municipality).');
  }
}

/** Only the social services that run the process record its steps; health care reads. */
export function mayEdit(caller: Caller, row: Pick<ProcessRow, 'organisation_id'>): boolean {
  return (
    caller.organisationKind === 'municipality' && row.organisation_id === caller.organisationId
  );
}

export function requireMayEdit(caller: Caller, row: ProcessRow): void {
  if (!mayEdit(caller, row)) {
    throw forbidden('Only the social services that run the process may record its steps.');
  }
}

const invalid = (path: string, message: string) =>
  unprocessable(`The step cannot be recorded: ${message}.`, { errors: [{ path, message }] });

/**
 * A step is recorded on an open process, once (a repeating one again), after the step it
 * depends on, on a day between the process's start (or that step) and today.
 */
export function requireMayRecord(
  row: ProcessRow,
  steps: StepRow[],
  step: CoerciveCareStep,
  doneOn: string,
  today: string,
): void {
  if (row.ended_on !== null) throw new HttpProblem(409, 'The process has ended.');
  const def = stepOf(row.kind, step);
  if (!def) throw invalid('step', `not a step of ${row.kind.toUpperCase()}`);
  const last = (s: CoerciveCareStep) => steps.filter((r) => r.step === s).at(-1)?.done_on;
  if (!def.repeats && last(step)) throw invalid('step', 'already recorded');
  if (def.onlyAfter && !last(def.onlyAfter)) throw invalid('step', `only after ${def.onlyAfter}`);
  if (doneOn > today) throw invalid('doneOn', 'in the future');
  const earliest = [row.started_on, def.onlyAfter ? last(def.onlyAfter) : undefined]
    .filter((d): d is string => !!d)
    .sort()
    .at(-1)!;
  if (doneOn < earliest) throw invalid('doneOn', `before ${earliest}`);
}

export function processStatus(row: Pick<ProcessRow, 'ended_on'>) {
  return row.ended_on === null ? ('open' as const) : ('ended' as const);
}
